/**
 * The CLI writes the golden bundles of the documents' five-node topologies byte for byte (issue 13:
 * "rendered by the CLI, hold every key and value of each node's documented sample"): the core's golden
 * test (packages/topology/test/golden.test.ts) holds those files to documents 002 and 004.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const silent = { out: () => undefined, err: () => undefined };

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe.each(['distributed-3.1.0', 'distributed-3.2.0'])('apim-designer render %s', (example) => {
  it('writes the golden bundle, file for file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'apim-cli-golden-'));
    try {
      expect(await main(['render', repo(`examples/${example}.json`), '--out', out], silent)).toBe(
        0,
      );
      const golden = repo(`packages/topology/test/golden/${example}`);
      const names = await files(golden);
      expect(await files(out)).toEqual(names);
      for (const name of names)
        expect(await readFile(join(out, name), 'utf8'), name).toBe(
          await readFile(join(golden, name), 'utf8'),
        );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
