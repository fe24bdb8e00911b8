/** Where the working topology lives in localStorage (read back by autosave.ts with the core). */
const KEY = 'apim-designer:work';

export function draftKey(shareId: string | null): string {
  return shareId === null ? KEY : `${KEY}:share:${shareId}`;
}

/** Whether a draft is stored: reading it needs the core's schema, so the boot waits for it then. */
export function hasDraft(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export function saveDraft(
  key: string,
  draft: { readonly topology: unknown; readonly etag: string | null },
): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the work stays in memory.
  }
}
