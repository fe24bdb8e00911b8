/** The diagram: React Flow over the document, with drop targets for palette items and files. */
import {
  Background,
  ConnectionMode,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useCore } from '../core/lazy-core.js';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { nodeTypes as kindNodeTypes } from '../nodes/registry.js';
import type { CanvasNode, DesignerEdge } from '../nodes/types.js';
import { useDesigner, useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';
import type { SelectChange } from '../state/designer-reducer.js';
import type { Actions } from '../state/use-actions.js';
import { Toasts } from '../ui/status.js';
import { CanvasControls } from './canvas-controls.js';
import { edgeTypes } from './connection-edge.js';
import { isNodeKind } from './kind-guard.js';
import { KIND_MIME } from './palette.js';
import { useCanvasEdges, useCanvasNodes } from './use-canvas-elements.js';
import { useNodeChanges } from './use-node-changes.js';
import { useBoxes, useRoutes } from './use-routes.js';
import { useZoneNodes } from './use-zone-nodes.js';
import { fitOptions } from './view-prefs.js';
import { refusal } from './wiring.js';
import { ZoneCanvasNode } from './zone-node.js';

const PRO_OPTIONS = { hideAttribution: true };
/**
 * Above this many nodes React Flow mounts only what is in view (issue 7: 2,000 nodes at ≥ 30 fps);
 * below it, panning never waits for nodes to mount.
 */
export const VISIBLE_ONLY_ABOVE = 300;
const NODE_TYPES = { ...kindNodeTypes, zone: ZoneCanvasNode };
const NO_LABELS: readonly never[] = [];

/** deployment.toml files and zips go to the configuration import; JSON is a topology document. */
function isConfigFile(file: File): boolean {
  return /\.(toml|zip)$/i.test(file.name);
}

export function Canvas(props: {
  actions: Actions;
  colorMode: 'light' | 'dark';
  onImportConfig: (files: File[]) => void;
}) {
  const { onImportConfig, actions } = props;
  const { topology, state, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const feedback = useFeedback();
  const core = useCore();
  const rf = useReactFlow();
  // Fit the view to a document that is there at start; an empty canvas keeps zoom 1 for its first
  // nodes, so that they land where they are dropped.
  const [fitAtStart] = useState(() => topology.nodes.length > 0);
  const [drawing, setDrawing] = useState(false);
  const changes = useNodeChanges(readOnly);
  const derived = useCanvasNodes(topology, state.selection, feedback, changes.measured, readOnly);
  const dragged = changes.dragged;
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
  const boxes = useBoxes(nodes, changes.measured);
  const moving = useMemo(() => (dragged ? new Set(dragged.keys()) : null), [dragged]);
  const routes = useRoutes(boxes, topology.edges, moving);
  // Labels follow an edit in a render of their own (a keystroke paints first), and depend on the
  // nodes and the edges, not on positions: a drag does not recompute them.
  const labelled = useDeferredValue(topology);
  const labels = useMemo(
    () => (core ? core.edgeLabels(labelled) : NO_LABELS),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [core, labelled.edges, labelled.nodes, labelled.apimVersion],
  );
  const edges = useCanvasEdges(topology, state.selection, feedback, routes, labels);
  const zones = useZoneNodes(topology, boxes, state.selection, readOnly);
  const all = useMemo<CanvasNode[]>(
    () => (zones.length > 0 ? [...zones, ...nodes] : nodes),
    [zones, nodes],
  );

  const onEdgesChange = useCallback(
    (list: EdgeChange<DesignerEdge>[]) => {
      const selects: SelectChange[] = [];
      for (const c of list)
        if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
      if (selects.length > 0) dispatch({ type: 'select-changes', nodes: [], edges: selects });
    },
    [dispatch],
  );

  /** A connection the documents allow and that is not there yet (React Flow marks the others). */
  const isValidConnection = useCallback<IsValidConnection<DesignerEdge>>(
    (c) => refusal(get(), c.source, c.target) === null,
    [get],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!readOnly) actions.join(c.source, c.target);
    },
    [actions, readOnly],
  );

  /**
   * A drop on a refused node says why at once; a drop on a node's body (not its handle) connects to
   * it, as a user expects.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, s: FinalConnectionState) => {
      if (readOnly || s.isValid || !s.fromNode) return;
      let target = s.toNode?.id;
      if (target === undefined) {
        const p = 'changedTouches' in event ? event.changedTouches[0] : event;
        const el = p ? document.elementFromPoint(p.clientX, p.clientY) : null;
        target = el?.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
      }
      if (target === undefined || target === s.fromNode.id) return;
      const t = get();
      if (!t.nodes.some((n) => n.id === target)) return;
      const why = refusal(t, s.fromNode.id, target);
      if (why === null) actions.join(s.fromNode.id, target);
      else actions.refuse(why);
    },
    [actions, get, readOnly],
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

  useEffect(() => {
    if (!drawing) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setDrawing(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawing]);

  /** Drawing a zone: the rectangle selects the nodes inside it, which become the zone. */
  const onSelectionEnd = useCallback(() => {
    if (!drawing) return;
    setDrawing(false);
    requestAnimationFrame(() => actions.groupIntoZone());
  }, [actions, drawing]);

  return (
    <section
      className="canvas"
      id="canvas"
      tabIndex={-1}
      aria-label="Canvas"
      data-drawing={drawing || undefined}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<CanvasNode, DesignerEdge>
        nodes={all}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        edgeTypes={edgeTypes}
        onNodesChange={changes.onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDragStart={changes.onDragStart}
        onNodeDragStop={changes.onDragStop}
        onSelectionDragStart={changes.onSelectionDragStart}
        onSelectionDragStop={changes.onDragStop}
        onSelectionEnd={onSelectionEnd}
        selectionOnDrag={drawing}
        panOnDrag={!drawing}
        connectionMode={ConnectionMode.Loose}
        nodesConnectable={!readOnly}
        elevateNodesOnSelect={false}
        deleteKeyCode={null}
        selectionKeyCode={drawing ? null : 'Shift'}
        colorMode={props.colorMode}
        fitView={fitAtStart}
        fitViewOptions={fitOptions()}
        // Fit View shows a whole diagram of up to 1,000 nodes; past that the cards stay at least 40 px
        // wide, so React Flow mounts only the part in view (issue 7: 2,000 nodes at 30 fps).
        minZoom={topology.nodes.length > 1000 ? 0.2 : 0.05}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={20} />
        <LabelSize />
        <CanvasControls
          actions={actions}
          drawing={drawing}
          onDraw={setDrawing}
          readOnly={readOnly}
          empty={topology.nodes.length === 0}
        />
      </ReactFlow>
      {topology.nodes.length === 0 && (
        <p className="canvas-empty">
          {readOnly
            ? 'This topology has no nodes.'
            : 'Drag a component here from the palette, press Enter on one, or start from a template. You can also drop a topology.json, deployment.toml files or a zip of them.'}
        </p>
      )}
      {drawing && (
        <p className="canvas-hint" role="status">
          Drag a rectangle around the nodes of the zone. Esc cancels.
        </p>
      )}
      <Toasts />
    </section>
  );
}

/** Edge labels at no less than 9 px on screen, whatever the zoom: one variable, not one render per edge. */
function LabelSize() {
  const size = useStore((s) => Math.max(10.5, Math.round((9 / s.transform[2]) * 2) / 2));
  useEffect(() => {
    document.getElementById('canvas')?.style.setProperty('--edge-label-size', `${size}px`);
  }, [size]);
  return null;
}

const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select this node, then use the arrow keys to move it. Delete removes it; the inspector connects it.',
};
