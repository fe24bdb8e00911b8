/**
 * Which arrangement of the panels the window gets: `wide` (landscape, 900 px and more: the details
 * dock on the right, diagnostics under the canvas), `narrow` (portrait or smaller: one dock of tabs
 * under the canvas) or `phone` (under 640 px: a read-only view, no palette). The prerendered page
 * is `wide` (server snapshot); the browser's follows before the first paint of a client render.
 */
import { useSyncExternalStore } from 'react';

export type LayoutMode = 'wide' | 'narrow' | 'phone';

const PHONE = '(max-width: 639px)';
const WIDE = '(min-width: 900px) and (min-aspect-ratio: 10/11)';

function current(): LayoutMode {
  if (window.matchMedia(PHONE).matches) return 'phone';
  return window.matchMedia(WIDE).matches ? 'wide' : 'narrow';
}

function subscribe(l: () => void): () => void {
  const queries = [window.matchMedia(PHONE), window.matchMedia(WIDE)];
  for (const q of queries) q.addEventListener('change', l);
  return () => {
    for (const q of queries) q.removeEventListener('change', l);
  };
}

export function useLayoutMode(): LayoutMode {
  return useSyncExternalStore(subscribe, current, () => 'wide');
}
