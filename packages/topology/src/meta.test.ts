import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS } from './kinds/registry.js';
import { KIND_META, NODE_KINDS, checkConnection } from './meta.js';

const src = dirname(fileURLToPath(import.meta.url));

/** Every module `meta.ts` loads at run time (type-only imports are erased), and the packages they import. */
function runtimeGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(join(src, entry));
  return { modules, packages };
}

describe('the meta entry', () => {
  it('loads no zod, no TOML library, no zip library and no generator', () => {
    const { modules, packages } = runtimeGraph('meta.ts');
    expect([...packages]).toEqual([]);
    const names = [...modules].map((m) => m.slice(src.length + 1)).sort();
    expect(names.filter((n) => /generate|render|validate|topology\.ts|toml|zip/.test(n))).toEqual(
      [],
    );
  });

  it('holds every kind’s metadata, the same the full registry has', () => {
    expect(Object.keys(KIND_META).sort()).toEqual([...NODE_KINDS].sort());
    for (const k of NODE_KINDS) {
      const { label, icon, connectsTo, availableIn, category } = KINDS[k];
      expect(KIND_META[k]).toMatchObject({ label, icon, connectsTo, availableIn, category });
    }
  });

  it('refuses a connection with a reason, from metadata alone', () => {
    const a = { id: 'a', name: 'gw1', kind: 'gateway' as const };
    const b = { id: 'b', name: 'gw2', kind: 'gateway' as const };
    expect(checkConnection(a, b)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Gateway connects to:/),
    });
  });
});
