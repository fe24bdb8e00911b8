/**
 * React Flow nodes and edges derived from the document. Unchanged nodes and edges keep their object
 * identity (so memoised node and edge components do not re-render while another node is dragged),
 * and measured sizes survive re-derivation.
 */
import type { Edge, EdgeLabel, Node, Topology } from '@apim-designer/topology';
import { KIND_META } from '@apim-designer/topology/meta';
import { useMemo, useState } from 'react';
import type { Counts } from '../diagnostics/checks.js';
import type { Feedback } from '../diagnostics/diagnostics-context.js';
import { edgeId } from '../model/edits.js';
import { problemText } from '../nodes/node-card.js';
import type { DesignerEdge, DesignerNode } from '../nodes/types.js';
import type { Selection } from '../state/designer-reducer.js';
import type { Routed } from './routing/route-all.js';

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

/**
 * The previous array when every element is the same object: React Flow then has nothing to adopt
 * (a new array makes it re-read every node and notify every node and edge that listens).
 */
function useSameArray<T>(next: T[]): T[] {
  const [prev, setPrev] = useState(next);
  const same =
    prev === next || (prev.length === next.length && prev.every((x, i) => x === next[i]));
  if (!same) setPrev(next);
  return same ? prev : next;
}

export function useCanvasNodes(
  topology: Topology,
  selection: Selection,
  feedback: Feedback,
  measured: Measured,
  readOnly: boolean,
): DesignerNode[] {
  const nodes = useMemo(() => {
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
  return useSameArray(nodes);
}

/** As for nodes: an edge whose document object, selection, problems and end names are unchanged keeps its identity. */
const flowEdges = new WeakMap<Edge, { key: string; flow: DesignerEdge }>();
const NO_MESSAGES: readonly string[] = [];

function toFlowEdge(
  edge: Edge,
  index: number,
  selected: boolean,
  problems: (Counts & { messages: readonly string[] }) | undefined,
  sourceName: string,
  targetName: string,
  label: EdgeLabel | null | undefined,
): DesignerEdge {
  const id = edgeId(edge, index);
  const messages = problems?.messages ?? NO_MESSAGES;
  const key = [
    id,
    selected,
    sourceName,
    targetName,
    problems?.errors,
    problems?.warnings,
    label?.direction,
    label?.text,
    ...messages,
  ].join('\u0000');
  const hit = flowEdges.get(edge);
  if (hit?.key === key) return hit.flow;
  const said = problemText(problems?.errors ?? 0, problems?.warnings ?? 0);
  const carries = label?.text ? `, carries ${label.text}` : '';
  const flow: DesignerEdge = {
    id,
    source: edge.source,
    target: edge.target,
    type: 'connection',
    selected,
    ariaLabel: `Connection ${sourceName} – ${targetName}${carries}${said ? `, ${said}` : ''}`,
    data: {
      errors: problems?.errors ?? 0,
      warnings: problems?.warnings ?? 0,
      messages,
      points: null,
      labelAt: null,
      boxes: null,
      direction: label?.direction ?? 'none',
      text: label?.text ?? '',
    },
  };
  flowEdges.set(edge, { key, flow });
  return flow;
}

/** An edge with its route: the same object while its base and its route are the same. */
const routedEdges = new WeakMap<DesignerEdge, { route: Routed | undefined; flow: DesignerEdge }>();

function withRoute(base: DesignerEdge, route: Routed | undefined): DesignerEdge {
  const hit = routedEdges.get(base);
  if (hit && hit.route === route) return hit.flow;
  const data = base.data;
  const flow: DesignerEdge = data
    ? {
        ...base,
        data: {
          ...data,
          points: route?.points ?? null,
          labelAt: route?.label ?? null,
          boxes: route?.boxes ?? null,
        },
      }
    : base;
  routedEdges.set(base, { route, flow });
  return flow;
}

export function useCanvasEdges(
  topology: Topology,
  selection: Selection,
  feedback: Feedback,
  routes: ReadonlyMap<string, Routed>,
  labels: readonly (EdgeLabel | null)[],
): DesignerEdge[] {
  // What an edge is (its ends, problems, label) changes with the document; its route with every
  // drag step: two passes, so a drag step only looks its edges' routes up.
  const base = useMemo(() => {
    const selected = new Set(selection.edges);
    const names = new Map(topology.nodes.map((n) => [n.id, n.name]));
    return topology.edges.map((edge, i) =>
      toFlowEdge(
        edge,
        i,
        selected.has(edgeId(edge, i)),
        feedback.byEdge.get(edgeId(edge, i)),
        names.get(edge.source) ?? edge.source,
        names.get(edge.target) ?? edge.target,
        labels[i],
      ),
    );
  }, [topology.nodes, topology.edges, selection.edges, feedback.byEdge, labels]);
  const edges = useMemo(() => base.map((b) => withRoute(b, routes.get(b.id))), [base, routes]);
  return useSameArray(edges);
}
