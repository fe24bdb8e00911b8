/** The working topology in localStorage, so that a reload loses nothing. */
import { parseTopology, type Topology } from '@apim-designer/topology';

export { draftKey, saveDraft } from './draft-storage.js';

export interface Draft {
  readonly topology: Topology;
  /** For a shared document: the ETag the draft was based on. */
  readonly etag: string | null;
}

export function loadDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('topology' in value)) return null;
    const res = parseTopology(value.topology);
    const etag = 'etag' in value && typeof value.etag === 'string' ? value.etag : null;
    return res.ok ? { topology: res.topology, etag } : null;
  } catch {
    return null;
  }
}
