/** The five WSO2 sample files of document 002, as the core's tests use them. */
const raw: Record<string, string> = import.meta.glob(
  '../../../../packages/topology/test/fixtures/doc-002/*.toml',
  { query: '?raw', import: 'default', eager: true },
);

export const DOC_002 = Object.entries(raw).map(([path, contents]) => ({
  path: path.slice(path.lastIndexOf('/') + 1),
  contents,
}));
