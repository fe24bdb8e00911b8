/**
 * Whether an image export is being drawn: labels that the zoom level hides on screen are drawn for
 * the export, which renders the diagram at 1:1.
 */
import { useSyncExternalStore } from 'react';

let exporting = false;
const listeners = new Set<() => void>();

export function setExporting(on: boolean): void {
  exporting = on;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useExporting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => exporting,
    () => false,
  );
}
