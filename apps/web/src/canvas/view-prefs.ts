/**
 * The canvas's view preferences (the minimap shown or hidden), kept across visits, and the padding
 * Fit View leaves so that the minimap and the controls never cover a node.
 */
import type { FitViewOptions } from '@xyflow/react';
import { useSyncExternalStore } from 'react';

const KEY = 'apim-designer:minimap';
/** The minimap's size in styles.css (.react-flow__minimap), and the margin around it. */
const MINIMAP = { width: 180, height: 120, margin: 12 } as const;

let minimap: boolean | null = null;
const listeners = new Set<() => void>();

/** Shown by default where the canvas is wide enough for it not to matter. */
function initial(): boolean {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored !== null) return stored === 'shown';
  } catch {
    // storage unavailable: the default
  }
  return window.innerWidth >= 1280;
}

function current(): boolean {
  minimap ??= initial();
  return minimap;
}

export function setMinimap(shown: boolean): void {
  minimap = shown;
  try {
    localStorage.setItem(KEY, shown ? 'shown' : 'hidden');
  } catch {
    // not kept: the choice still holds for this page
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useMinimap(): boolean {
  // The prerendered page has no minimap (server snapshot); the browser's choice follows.
  return useSyncExternalStore(subscribe, current, () => false);
}

/**
 * Fit View's padding: room for the zoom controls on the left and, when the minimap is shown, for it
 * at the bottom right (reserved below the diagram, where it costs the least height).
 */
export function fitOptions(duration = 0): FitViewOptions {
  const bottom =
    typeof window !== 'undefined' && current() ? MINIMAP.height + 2 * MINIMAP.margin : 32;
  return {
    padding: { top: '32px', left: '56px', right: '32px', bottom: `${bottom}px` },
    maxZoom: 1.2,
    ...(duration > 0 ? { duration } : {}),
  };
}
