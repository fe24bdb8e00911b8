/** Folder names in the bundle: file-system safe on every OS, and never a path out of the bundle. */

/** Names the bundle root already uses, or that Windows refuses as file names. */
const RESERVED = new Set([
  'readme.md',
  'topology.json',
  'hosts',
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/**
 * A node's folder: lower-case ASCII letters, digits, `-`, `_` and inner `.`; at most 64 characters.
 * Lower case because two names differing only in case would share a folder on macOS and Windows.
 */
const ALREADY_SAFE = /^[a-z0-9_]+(?:[-.][a-z0-9_]+)*$/;

export function nodeFolder(name: string): string {
  // Most names are already folder-safe: the slugging below would return them unchanged.
  if (
    name.length <= 64 &&
    ALREADY_SAFE.test(name) &&
    !RESERVED.has(name) &&
    !RESERVED.has(name.split('.')[0] ?? '')
  ) {
    return name;
  }
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.{2,}/g, '.')
    .slice(0, 64)
    .replace(/[-.]+$/g, '');
  if (slug === '') slug = 'node';
  if (RESERVED.has(slug) || RESERVED.has(slug.split('.')[0] ?? '')) slug = `${slug}-node`;
  return slug;
}
