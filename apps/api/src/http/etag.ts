/** Strong ETags made from the stored revision number. */
export function etagFor(revision: number): string {
  return `"${revision}"`;
}

/**
 * Whether an If-Match header names the given revision. A list of tags and weak tags (`W/"3"`)
 * are accepted; `*` matches any existing revision.
 */
export function ifMatchAllows(header: string, revision: number): boolean {
  const current = etagFor(revision);
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === current);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
