/** The diagram: React Flow over the document, with drop targets for palette items and files. */
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { moveNodes, type XY } from '../model/edits.js';
import { nodeTypes } from '../nodes/registry.js';
import type { DesignerEdge, DesignerNode } from '../nodes/types.js';
import { useDesigner, useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';
import type { SelectChange } from '../state/designer-reducer.js';
import type { Actions } from '../state/use-actions.js';
import { edgeTypes } from './connection-edge.js';
import { KIND_MIME } from './palette.js';
import { useCanvasEdges, useCanvasNodes, type Measured } from './use-canvas-elements.js';
import { isNodeKind } from './kind-guard.js';

const PRO_OPTIONS = { hideAttribution: true };
/**
 * Above this many nodes React Flow mounts only what is in view (issue 7: 2,000 nodes at ≥ 30 fps);
 * below it, panning never waits for nodes to mount.
 */
export const VISIBLE_ONLY_ABOVE = 300;
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };

/** deployment.toml files and zips go to the configuration import; JSON is a topology document. */
function isConfigFile(file: File): boolean {
  return /\.(toml|zip)$/i.test(file.name);
}

export function Canvas(props: {
  actions: Actions;
  colorMode: 'light' | 'dark';
  onImportConfig: (files: File[]) => void;
}) {
  const { onImportConfig } = props;
  const { actions } = props;
  const { topology, state, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const feedback = useFeedback();
  const rf = useReactFlow();
  const [measured, setMeasured] = useState<Measured>(() => new Map());
  const dragging = useRef(false);
  // Fit the view to a document that is there at start; an empty canvas keeps zoom 1 for its first
  // nodes, so that they land where they are dropped.
  const [fitAtStart] = useState(() => topology.nodes.length > 0);
  // While a node is dragged its position lives here, not in the document: one drag step then
  // re-renders the canvas only, not every panel that reads the document (issue 7: 60 fps at 250
  // nodes). The document gets the final position when the drag ends, as one undo step.
  const [dragged, setDragged] = useState<ReadonlyMap<string, XY> | null>(null);
  const draggedRef = useRef<ReadonlyMap<string, XY> | null>(null);
  const derived = useCanvasNodes(topology, state.selection, feedback, measured, readOnly);
  const nodes = useMemo(
    () =>
      dragged
        ? derived.map((n) => {
            const p = dragged.get(n.id);
            return p ? { ...n, position: p } : n;
          })
        : derived,
    [derived, dragged],
  );
  const edges = useCanvasEdges(topology, state.selection, feedback);

  /** Writes the positions of a drag into the document (the checkpoint was taken at its start). */
  const endDrag = useCallback(() => {
    const moved = draggedRef.current;
    draggedRef.current = null;
    setDragged(null);
    if (moved && moved.size > 0 && !readOnly)
      dispatch({ type: 'replace', topology: moveNodes(get(), moved) });
  }, [dispatch, get, readOnly]);

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignerNode>[]) => {
      const positions = new Map<string, XY>();
      const dragSteps = new Map<string, XY>();
      const selects: SelectChange[] = [];
      const sizes: [string, { width: number; height: number }][] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging && dragging.current)
          dragSteps.set(c.id, c.position);
        else if (c.type === 'position' && c.position) positions.set(c.id, c.position);
        else if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
        else if (c.type === 'dimensions' && c.dimensions) sizes.push([c.id, c.dimensions]);
      }
      if (sizes.length > 0)
        setMeasured((m) => {
          const next = new Map(m);
          for (const [id, size] of sizes) next.set(id, size);
          return next;
        });
      if (selects.length > 0) dispatch({ type: 'select-changes', nodes: selects, edges: [] });
      if (dragSteps.size > 0 && !readOnly) {
        const next = new Map(draggedRef.current ?? []);
        for (const [id, p] of dragSteps) next.set(id, p);
        draggedRef.current = next;
        setDragged(next);
      }
      if (positions.size > 0 && !readOnly) {
        // The end of a drag (its last step, `dragging: false`) lands with the steps before it.
        const all = new Map([...(draggedRef.current ?? []), ...positions]);
        draggedRef.current = null;
        setDragged(null);
        const topology = moveNodes(get(), all);
        // A drag is one undo step (checkpointed at its start); a keyboard nudge commits itself.
        if (dragging.current) dispatch({ type: 'replace', topology });
        else dispatch({ type: 'commit', topology, key: `move:${[...positions.keys()].join()}` });
      }
    },
    [dispatch, get, readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<DesignerEdge>[]) => {
      const selects: SelectChange[] = [];
      for (const c of changes)
        if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
      if (selects.length > 0) dispatch({ type: 'select-changes', nodes: [], edges: selects });
    },
    [dispatch],
  );

  const onDragStart = useCallback(() => {
    if (readOnly) return;
    dragging.current = true;
    dispatch({ type: 'checkpoint' });
  }, [dispatch, readOnly]);
  const onDragStop = useCallback(() => {
    dragging.current = false;
    endDrag();
  }, [endDrag]);

  const onConnect = useCallback(
    (c: Connection) => {
      if (!readOnly) actions.join(c.source, c.target);
    },
    [actions, readOnly],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      e.preventDefault();
      if (readOnly) return;
      const kind = e.dataTransfer.getData(KIND_MIME);
      if (isNodeKind(kind)) {
        actions.add(kind, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
        return;
      }
      const files = [...e.dataTransfer.files];
      if (files.some(isConfigFile)) onImportConfig(files);
      else if (files[0]) void actions.importFile(files[0]);
    },
    [actions, onImportConfig, readOnly, rf],
  );

  return (
    <section className="canvas" aria-label="Canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<DesignerNode, DesignerEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={onDragStart}
        onNodeDragStop={onDragStop}
        onSelectionDragStart={onDragStart}
        onSelectionDragStop={onDragStop}
        connectionMode={ConnectionMode.Loose}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        colorMode={props.colorMode}
        fitView={fitAtStart}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.2}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Mini map" />
      </ReactFlow>
      {topology.nodes.length === 0 && (
        <p className="canvas-empty">
          {readOnly
            ? 'This topology has no nodes.'
            : 'Drag a component here from the palette, press Enter on one, or start from a template. You can also drop a topology.json, deployment.toml files or a zip of them.'}
        </p>
      )}
    </section>
  );
}

const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this node, then use the arrow keys to move it. Delete removes it; the inspector connects it.',
};
