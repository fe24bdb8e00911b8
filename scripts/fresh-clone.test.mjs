import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentedCommands } from './fresh-clone.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (doc) => documentedCommands(doc, readFileSync(join(root, doc), 'utf8'));

describe('the commands the READMEs show (what scripts/fresh-clone.mjs runs)', () => {
  it('each states its exit code, and the README has its install line', () => {
    const all = [...read('README.md'), ...read('apps/cli/README.md')];
    expect(all.filter((e) => e.exit === null)).toEqual([]);
    expect(all).toContainEqual(
      expect.objectContaining({ doc: 'README.md', command: 'npm run setup', exit: 0 }),
    );
    expect(all).toContainEqual(expect.objectContaining({ command: 'npm start', exit: 'server' }));
    expect(all).toContainEqual(expect.objectContaining({ command: 'npm test', exit: 0 }));
    expect(all.some((e) => e.exit === 1) && all.some((e) => e.exit === 2)).toBe(true);
  });

  it('reads a ```sh block: the command, and the exit code from its comment', () => {
    const doc = [
      '```sh',
      'a --x   # exit 2: bad usage',
      'b',
      'c   # until Ctrl+C',
      '```',
      '```',
      'not sh # exit 0',
      '```',
    ].join('\n');
    expect(documentedCommands('d.md', doc)).toEqual([
      { doc: 'd.md', line: 2, command: 'a --x', exit: 2 },
      { doc: 'd.md', line: 3, command: 'b', exit: null },
      { doc: 'd.md', line: 4, command: 'c', exit: 'server' },
    ]);
  });
});
