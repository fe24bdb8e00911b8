/**
 * The full core, loaded after first paint (docs/decisions/0004). The first chunk imports only
 * `@apim-designer/topology/meta`; validation, generation, the schemas and the code built on them
 * arrive in one lazy chunk (`full.ts`), started at boot and awaited where it is needed.
 */
import { useSyncExternalStore } from 'react';
import type * as FullModule from './full.js';

export type Core = typeof FullModule;

let loaded: Core | null = null;
let loading: Promise<Core> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the full core (once) and resolves with it. */
export function loadCore(): Promise<Core> {
  loading ??= import('./full.js').then((m) => {
    loaded = m;
    for (const l of listeners) l();
    return m;
  });
  return loading;
}

/** The full core if it has arrived. */
export function coreNow(): Core | null {
  return loaded;
}

/** Runs `fn` with the core now if it is there, else as soon as it arrives. */
export function withCore(fn: (core: Core) => void): void {
  if (loaded) fn(loaded);
  else void loadCore().then(fn);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page prerendered at build time was rendered without the core (main.tsx hydrates it). */
function prerendered(): null {
  return null;
}

/**
 * The full core, or null until it has arrived (the component renders again then). Hydration renders
 * without it even when it arrived first, so the first render matches the prerendered page (with it,
 * the preview would list the bundle's files that page does not have: a hydration mismatch).
 */
export function useCore(): Core | null {
  return useSyncExternalStore(subscribe, coreNow, prerendered);
}
