/** Rendering examples and reading their files, for the bundle tests. */
import { parseToml, render, type TomlTable } from '../src/index.js';
import { loadExample } from './helpers.js';

export function bundle(example: string): Map<string, string> {
  const r = render(loadExample(`${example}.json`));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return new Map(r.files.map((f) => [f.path, f.contents]));
}

export const toml = (files: Map<string, string>, node: string) =>
  parseToml(files.get(`${node}/repository/conf/deployment.toml`) ?? '');

export const at = (t: TomlTable, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      t,
    );
