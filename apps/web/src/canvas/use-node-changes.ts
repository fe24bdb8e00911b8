/**
 * React Flow's node changes applied to the document: selection, measured sizes, and moves. While a
 * node is dragged its position lives here, not in the document: one drag step then re-renders the
 * canvas only, not every panel that reads the document (issue 7: 60 fps at 250 nodes). The document
 * gets the final position when the drag ends, as one undo step. Dragging a zone moves its nodes.
 */
import type { NodeChange } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { moveNodes, type XY } from '../model/edits.js';
import { CARD } from '../model/card.js';
import { zoneBoxes } from '../model/zone-boxes.js';
import { zoneMembers } from '../model/zone-edits.js';
import type { CanvasNode } from '../nodes/types.js';
import { useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';
import type { SelectChange } from '../state/designer-reducer.js';
import type { Measured } from './use-canvas-elements.js';

export function useNodeChanges(readOnly: boolean) {
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const [measured, setMeasured] = useState<Measured>(() => new Map());
  const dragging = useRef(false);
  const [dragged, setDragged] = useState<ReadonlyMap<string, XY> | null>(null);
  const draggedRef = useRef<ReadonlyMap<string, XY> | null>(null);
  /** Where each zone was last drawn, to turn a zone's move into its nodes' moves. */
  const zoneAt = useRef(new Map<string, XY>());

  const endDrag = useCallback(() => {
    const moved = draggedRef.current;
    draggedRef.current = null;
    setDragged(null);
    if (moved && moved.size > 0 && !readOnly)
      dispatch({ type: 'replace', topology: moveNodes(get(), moved) });
  }, [dispatch, get, readOnly]);

  const measuredRef = useRef<Measured>(measured);
  const currentZoneAt = useCallback(
    (zone: string): XY | undefined => {
      const t = get();
      const box = zoneBoxes(t, (id) => {
        const n = t.nodes.find((x) => x.id === id);
        const size = measuredRef.current.get(id) ?? CARD;
        return n?.position ? { ...n.position, w: size.width, h: size.height } : undefined;
      }).get(zone);
      return box ? { x: box.x, y: box.y } : undefined;
    },
    [get],
  );

  /** A zone moved to `to`: its nodes (and those of the zones inside it) move by as much. */
  const zoneMoves = useCallback(
    (zone: string, to: XY, moving: ReadonlyMap<string, XY>, into: Map<string, XY>) => {
      // A keyboard nudge comes without a drag start: the zone's box is where its nodes are.
      const from = zoneAt.current.get(zone) ?? currentZoneAt(zone);
      if (dragging.current) zoneAt.current.set(zone, to);
      if (!from) return;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const t = get();
      for (const id of zoneMembers(t, zone)) {
        if (moving.has(id)) continue;
        const p = draggedRef.current?.get(id) ?? t.nodes.find((n) => n.id === id)?.position;
        if (p) into.set(id, { x: p.x + dx, y: p.y + dy });
      }
    },
    [get, currentZoneAt],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const t = get();
      const zoneIds = new Set((t.zones ?? []).map((z) => z.id));
      const positions = new Map<string, XY>();
      const dragSteps = new Map<string, XY>();
      const zoneSteps = new Map<string, XY>();
      const selects: SelectChange[] = [];
      const sizes: [string, { width: number; height: number }][] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position && zoneIds.has(c.id))
          zoneSteps.set(c.id, c.position);
        else if (c.type === 'position' && c.position && c.dragging && dragging.current)
          dragSteps.set(c.id, c.position);
        else if (c.type === 'position' && c.position) positions.set(c.id, c.position);
        else if (c.type === 'select') selects.push({ id: c.id, selected: c.selected });
        else if (c.type === 'dimensions' && c.dimensions && !zoneIds.has(c.id))
          sizes.push([c.id, c.dimensions]);
      }
      for (const [zone, to] of zoneSteps) {
        const target = dragging.current ? dragSteps : positions;
        zoneMoves(zone, to, new Map([...dragSteps, ...positions]), target);
      }
      if (sizes.length > 0) {
        const next = new Map(measuredRef.current);
        for (const [id, size] of sizes) next.set(id, size);
        measuredRef.current = next;
        setMeasured(next);
      }
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
        const topology = moveNodes(t, all);
        // A drag is one undo step (checkpointed at its start); a keyboard nudge commits itself.
        if (dragging.current) dispatch({ type: 'replace', topology });
        else dispatch({ type: 'commit', topology, key: `move:${[...positions.keys()].join()}` });
      }
    },
    [dispatch, get, readOnly, zoneMoves],
  );

  const start = useCallback(
    (nodes: readonly CanvasNode[]) => {
      if (readOnly) return;
      dragging.current = true;
      for (const n of nodes) if (n.type === 'zone') zoneAt.current.set(n.id, n.position);
      dispatch({ type: 'checkpoint' });
    },
    [dispatch, readOnly],
  );
  const onDragStart = useCallback(
    (_e: unknown, _node: unknown, nodes: CanvasNode[]) => start(nodes),
    [start],
  );
  const onSelectionDragStart = useCallback(
    (_e: unknown, nodes: CanvasNode[]) => start(nodes),
    [start],
  );
  const onDragStop = useCallback(() => {
    dragging.current = false;
    zoneAt.current.clear();
    endDrag();
  }, [endDrag]);

  return { measured, dragged, onNodesChange, onDragStart, onSelectionDragStart, onDragStop };
}
