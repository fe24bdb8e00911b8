/** The designer's commands, shared by the canvas, the toolbar, the palette and the shortcuts. */
import type { NodeKind, Topology } from '@apim-designer/topology';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { loadCore, withCore } from '../core/lazy-core.js';
import { fitOptions } from '../canvas/view-prefs.js';
import {
  connect,
  copySelection,
  edgeId,
  removeElements,
  type Clipboard,
  type XY,
} from '../model/edits.js';
import { CARD } from '../model/card.js';
import type { Size } from '../model/layout-graph.js';
import { freeOffsetFor, nextFocus } from '../model/placement.js';
import { groupIntoZone } from '../model/zone-edits.js';
import { useStatus } from '../ui/status.js';
import { useDesignerDispatch, useSelectionGetter, useTopologyGetter } from './designer-context.js';

/** Half a node card, so a node lands centred where it is dropped. */
const CARD_CENTRE = { x: 100, y: 32 };

const CELL = { x: 240, y: 120 };

/** The point nearest `centre`, on a grid around it, where a new card overlaps no other card. */
function freeSpot(t: Topology, centre: XY): XY {
  const taken = (c: XY) =>
    t.nodes.some(
      (n) =>
        n.position &&
        Math.abs(n.position.x + CARD_CENTRE.x - c.x) < CELL.x - 20 &&
        Math.abs(n.position.y + CARD_CENTRE.y - c.y) < CELL.y - 20,
    );
  for (let ring = 0; ring < 8; ring++)
    for (let dy = -ring; dy <= ring; dy++)
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const c = { x: centre.x + dx * CELL.x, y: centre.y + dy * CELL.y };
        if (!taken(c)) return c;
      }
  return centre;
}

/** Focuses the first field of the inspector once it shows the new selection. */
function focusInspector(tries = 20): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(
      'section.inspector[aria-label^="Inspector: "] form input:not([readonly])',
    );
    if (field) field.focus();
    else if (tries > 0) focusInspector(tries - 1);
  });
}

export function useActions() {
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const getSelection = useSelectionGetter();
  const { notify } = useStatus();
  const rf = useReactFlow();
  const clipboard = useRef<Clipboard | null>(null);

  const add = useCallback(
    (kind: NodeKind, at?: XY) => {
      let p = at;
      if (!p) {
        const el = document.querySelector('.react-flow');
        const r = el?.getBoundingClientRect();
        const centre = r
          ? { x: r.left + r.width / 2, y: r.top + r.height / 2 }
          : { x: 400, y: 300 };
        p = freeSpot(get(), rf.screenToFlowPosition(centre));
      }
      const pos = { x: p.x - CARD_CENTRE.x, y: p.y - CARD_CENTRE.y };
      // Creating a node needs the core's defaults: here since just after boot.
      withCore((core) => {
        const { topology, node } = core.addNode(get(), kind, pos);
        dispatch({ type: 'commit', topology, select: { nodes: [node.id], edges: [] } });
        notify('quiet', `Added ${node.name}.`);
        // The new node's form takes the focus: its name and host are what one types next.
        focusInspector();
      });
    },
    [dispatch, get, notify, rf],
  );

  const refuse = useCallback(
    (reason: string) => notify('error', 'Connection refused.', [reason]),
    [notify],
  );

  const join = useCallback(
    (source: string, target: string) => {
      const res = connect(get(), source, target);
      if (!res.ok) {
        refuse(res.reason);
        return false;
      }
      dispatch({ type: 'commit', topology: res.topology });
      return true;
    },
    [dispatch, get, refuse],
  );

  /**
   * Fit the view, once React Flow holds the document just committed: the commit reaches its store a
   * render later, one frame or several on a busy machine, and a fit before that frames the old places.
   */
  const fitView = useCallback(
    (placed?: Topology) => {
      const ready = () =>
        !placed ||
        placed.nodes.every((n) => {
          const p = rf.getNode(n.id)?.position;
          return !n.position || (p !== undefined && p.x === n.position.x && p.y === n.position.y);
        });
      const attempt = (frames: number) => {
        if (ready() || frames <= 0) void rf.fitView(fitOptions(200));
        else requestAnimationFrame(() => attempt(frames - 1));
      };
      requestAnimationFrame(() => attempt(120));
    },
    [rf],
  );

  const load = useCallback(
    (topology: Topology, message: string) => {
      dispatch({ type: 'commit', topology, select: { nodes: [], edges: [] } });
      notify('info', message);
      fitView(topology);
    },
    [dispatch, notify, fitView],
  );

  const importFile = useCallback(
    async (file: File) => {
      const { readTopologyFile } = await loadCore();
      const res = await readTopologyFile(file);
      if (!res.ok) notify('error', res.title, res.details);
      else load(res.topology, `Imported ${file.name}.`);
    },
    [load, notify],
  );

  /**
   * Deletes the selection, or `focused` (a node with keyboard focus that is not selected): Delete acts
   * on what the user is on. Says what went, since a key can be pressed by mistake.
   */
  const deleteSelection = useCallback(
    (focused?: string) => {
      const sel = getSelection();
      const alone = focused !== undefined && !sel.nodes.includes(focused);
      const nodes = new Set(alone ? [focused] : sel.nodes);
      const edges = new Set(alone ? [] : sel.edges);
      const before = get();
      const next = removeElements(before, nodes, edges);
      if (next === before) return;
      // Focus goes to a node that was wired to what went (or the nearest one), else the canvas:
      // never to the page.
      const focus = nextFocus(before, next, nodes);
      dispatch({
        type: 'commit',
        topology: next,
        select: { nodes: focus ? [focus] : [], edges: [] },
      });
      requestAnimationFrame(() => {
        const el = focus
          ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(focus)}"]`)
          : null;
        (el ?? document.getElementById('canvas'))?.focus();
      });
      const names = before.nodes.filter((n) => nodes.has(n.id)).map((n) => n.name || n.kind);
      const lost = before.edges.length - next.edges.length;
      const what = [
        names.length > 0 ? names.join(', ') : '',
        lost > 0 ? `${lost} connection${lost === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      notify('info', `Deleted ${what}. Ctrl+Z brings it back.`);
    },
    [dispatch, get, getSelection, notify],
  );

  const copy = useCallback(() => {
    const sel = getSelection();
    if (sel.nodes.length > 0) clipboard.current = copySelection(get(), new Set(sel.nodes));
  }, [get, getSelection]);

  const pasteClipboard = useCallback(() => {
    const clip = clipboard.current;
    if (!clip) return;
    withCore((core) => {
      const t = get();
      const size = (id: string): Size => {
        const m = rf.getNode(id)?.measured;
        return m?.width && m.height ? { width: m.width, height: m.height } : CARD;
      };
      // Beside the originals, in the first free space (never on top of them or of anything else).
      const { topology, ids } = core.paste(t, clip, freeOffsetFor(t, clip.nodes, size));
      dispatch({ type: 'commit', topology, select: { nodes: ids, edges: [] } });
    });
  }, [dispatch, get, rf]);

  const selectAll = useCallback(() => {
    const t = get();
    dispatch({
      type: 'select',
      selection: {
        nodes: t.nodes.map((n) => n.id),
        edges: t.edges.map((e, i) => edgeId(e, i)),
      },
    });
  }, [dispatch, get]);

  /** The selected nodes become a zone, which is selected so the inspector can name it. */
  const groupSelection = useCallback(() => {
    const res = groupIntoZone(get(), getSelection().nodes);
    if (!res) {
      notify('info', 'Select the nodes of the zone first (drag a rectangle around them).');
      return;
    }
    dispatch({
      type: 'commit',
      topology: res.topology,
      select: { nodes: [res.zoneId], edges: [] },
    });
    notify('info', 'Zone added: name it in the inspector. Ctrl+Z takes it back.');
  }, [dispatch, get, getSelection, notify]);

  const autoLayout = useCallback(async () => {
    const { layoutTopology } = await import('../model/layout.js');
    const sizes = new Map<string, Size>();
    for (const n of rf.getNodes()) {
      const m = n.measured;
      if (m?.width && m.height) sizes.set(n.id, { width: m.width, height: m.height });
    }
    const topology = await layoutTopology(get(), sizes);
    dispatch({ type: 'commit', topology });
    notify('quiet', 'Laid out in tiers. Ctrl+Z goes back.');
    fitView(topology);
  }, [dispatch, get, rf, notify, fitView]);

  const focusNode = useCallback(
    (id: string) => {
      dispatch({ type: 'select', selection: { nodes: [id], edges: [] } });
      const n = rf.getNode(id);
      if (!n) return;
      const w = n.measured?.width ?? 200;
      const h = n.measured?.height ?? 64;
      void rf.setCenter(n.position.x + w / 2, n.position.y + h / 2, { zoom: 1.1, duration: 300 });
    },
    [dispatch, rf],
  );

  return useMemo(
    () => ({
      add,
      join,
      refuse,
      fitView,
      selectAll,
      groupIntoZone: groupSelection,
      load,
      importFile,
      deleteSelection,
      copy,
      paste: pasteClipboard,
      autoLayout,
      focusNode,
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
    }),
    [
      add,
      join,
      refuse,
      fitView,
      selectAll,
      groupSelection,
      load,
      importFile,
      deleteSelection,
      copy,
      pasteClipboard,
      autoLayout,
      focusNode,
      dispatch,
    ],
  );
}

export type Actions = ReturnType<typeof useActions>;
