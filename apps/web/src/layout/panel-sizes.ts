/** The panels' sizes and whether they are open, kept across visits (read after mount). */
import { useSyncExternalStore } from 'react';

export interface PanelState {
  /** The details dock (wide): open, its width in px, the inspector's share of its height. */
  readonly sideOpen: boolean;
  readonly sideWidth: number;
  readonly split: number;
  /** Diagnostics under the canvas (wide): open, height in px. */
  readonly diagnosticsOpen: boolean;
  readonly diagnosticsHeight: number;
  /** The dock of tabs (narrow, phone): open, height as a share of the window. */
  readonly bottomOpen: boolean;
  readonly bottomShare: number;
}

const KEY = 'apim-designer:panels';

export const DEFAULT_PANELS: PanelState = {
  sideOpen: true,
  sideWidth: 340,
  split: 0.55,
  diagnosticsOpen: true,
  diagnosticsHeight: 120,
  bottomOpen: true,
  bottomShare: 0.32,
};

function load(): PanelState {
  const fresh = {
    ...DEFAULT_PANELS,
    // A short window keeps the diagnostics folded to their summary until asked for.
    diagnosticsOpen: window.innerHeight >= 820,
    sideWidth: window.innerWidth < 1200 ? 300 : 340,
  };
  try {
    const raw = localStorage.getItem(KEY);
    const stored: unknown = raw ? JSON.parse(raw) : null;
    if (typeof stored !== 'object' || stored === null) return fresh;
    const num = (k: 'sideWidth' | 'split' | 'diagnosticsHeight' | 'bottomShare'): number => {
      const v: unknown = Reflect.get(stored, k);
      return typeof v === 'number' && Number.isFinite(v) ? v : fresh[k];
    };
    const bool = (k: 'sideOpen' | 'diagnosticsOpen' | 'bottomOpen'): boolean => {
      const v: unknown = Reflect.get(stored, k);
      return typeof v === 'boolean' ? v : fresh[k];
    };
    return {
      sideOpen: bool('sideOpen'),
      sideWidth: num('sideWidth'),
      split: num('split'),
      diagnosticsOpen: bool('diagnosticsOpen'),
      diagnosticsHeight: num('diagnosticsHeight'),
      bottomOpen: bool('bottomOpen'),
      bottomShare: num('bottomShare'),
    };
  } catch {
    return fresh;
  }
}

let current: PanelState | null = null;
const listeners = new Set<() => void>();

function snapshot(): PanelState {
  current ??= load();
  return current;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

function update(patch: Partial<PanelState>): void {
  current = { ...snapshot(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // not kept
  }
  for (const l of listeners) l();
}

/** The panels' state: the defaults as prerendered, the stored sizes in the browser. */
export function usePanels(): [PanelState, (patch: Partial<PanelState>) => void] {
  return [useSyncExternalStore(subscribe, snapshot, () => DEFAULT_PANELS), update];
}
