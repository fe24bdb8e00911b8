/**
 * React Flow nodes and edges derived from the document. Unchanged nodes keep their object identity
 * (so memoised node components do not re-render), and measured sizes survive re-derivation.
 */
import type { Node, Topology } from '@apim-designer/topology';
import { KIND_META } from '@apim-designer/topology/meta';
import { useMemo } from 'react';
import type { Counts, Feedback } from '../diagnostics/diagnostics-context.js';
import { edgeId } from '../model/edits.js';
import { problemText } from '../nodes/node-card.js';
import type { DesignerEdge, DesignerNode } from '../nodes/types.js';
import type { Selection } from '../state/designer-reducer.js';

export type Measured = ReadonlyMap<string, { width: number; height: number }>;

const NO_COUNTS = { errors: 0, warnings: 0 };

/**
 * One canvas node per (document node, state) pair, remembered per document node: a node whose
 * document object, selection, problem counts and size are unchanged keeps its object identity.
 * A pure function of its inputs, so a module-level cache is safe.
 */
const flowNodes = new WeakMap<Node, { key: string; flow: DesignerNode }>();

function toFlowNode(
  node: Node,
  index: number,
  selected: boolean,
  counts: Counts,
  size: { width: number; height: number } | undefined,
  readOnly: boolean,
): DesignerNode {
  const key = [
    node.position ? '' : index,
    selected,
    counts.errors,
    counts.warnings,
    readOnly,
    size?.width,
    size?.height,
  ].join('|');
  const hit = flowNodes.get(node);
  if (hit?.key === key) return hit.flow;
  const problems = problemText(counts.errors, counts.warnings);
  const flow: DesignerNode = {
    id: node.id,
    type: node.kind,
    position: node.position ?? { x: (index % 5) * 240, y: Math.floor(index / 5) * 140 },
    data: { node, errors: counts.errors, warnings: counts.warnings, readOnly },
    selected,
    draggable: !readOnly,
    ariaLabel: `${KIND_META[node.kind].label} ${node.name}${problems ? `, ${problems}` : ''}`,
    ...(size ? { measured: size } : {}),
  };
  flowNodes.set(node, { key, flow });
  return flow;
}

export function useCanvasNodes(
  topology: Topology,
  selection: Selection,
  feedback: Feedback,
  measured: Measured,
  readOnly: boolean,
): DesignerNode[] {
  return useMemo(() => {
    const selected = new Set(selection.nodes);
    return topology.nodes.map((node, i) =>
      toFlowNode(
        node,
        i,
        selected.has(node.id),
        feedback.byNode.get(node.id) ?? NO_COUNTS,
        measured.get(node.id),
        readOnly,
      ),
    );
  }, [topology.nodes, selection.nodes, feedback.byNode, measured, readOnly]);
}

export function useCanvasEdges(
  topology: Topology,
  selection: Selection,
  feedback: Feedback,
): DesignerEdge[] {
  return useMemo(() => {
    const selected = new Set(selection.edges);
    const names = new Map(topology.nodes.map((n) => [n.id, n.name]));
    return topology.edges.map((edge, i) => {
      const id = edgeId(edge, i);
      const problems = feedback.byEdge.get(id);
      return {
        id,
        source: edge.source,
        target: edge.target,
        type: 'connection',
        selected: selected.has(id),
        ariaLabel: `Connection ${names.get(edge.source) ?? edge.source} – ${names.get(edge.target) ?? edge.target}`,
        data: {
          errors: problems?.errors ?? 0,
          warnings: problems?.warnings ?? 0,
          messages: problems?.messages ?? [],
        },
      };
    });
  }, [topology.nodes, topology.edges, selection.edges, feedback.byEdge]);
}
