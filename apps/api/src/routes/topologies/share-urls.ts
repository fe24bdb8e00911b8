/**
 * Links into the SPA. The edit token rides in the fragment, which browsers never send, so it
 * stays out of server and proxy logs.
 */
export function viewUrl(publicUrl: string, id: string): string {
  return `${publicUrl}/?share=${encodeURIComponent(id)}`;
}

export function editUrl(publicUrl: string, id: string, editToken: string): string {
  return `${viewUrl(publicUrl, id)}#edit=${encodeURIComponent(editToken)}`;
}
