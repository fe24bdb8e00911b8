/** What the address says: the local workspace, a shared view link, or a shared edit link. */
export type Session =
  | { readonly mode: 'local' }
  | { readonly mode: 'view'; readonly id: string }
  | { readonly mode: 'edit'; readonly id: string; readonly token: string };

export function sessionFromLocation(loc: Pick<Location, 'search' | 'hash'>): Session {
  const id = new URLSearchParams(loc.search).get('share');
  if (!id) return { mode: 'local' };
  const token = new URLSearchParams(loc.hash.replace(/^#/, '')).get('edit');
  return token ? { mode: 'edit', id, token } : { mode: 'view', id };
}
