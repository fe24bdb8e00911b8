import ELK from 'elkjs/lib/elk.bundled.js';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOC_002 } from './doc-002.fixture.js';
import { filesFromZip, LIMITS, readConfigFiles } from './read-files.js';
import { openable, where } from './open-imported.js';
import { runImport } from './run-import.js';

const asFiles = () => DOC_002.map((f) => new File([f.contents], f.path));

describe('readConfigFiles', () => {
  it('reads picked deployment.toml files and skips other files with a reason', async () => {
    const res = await readConfigFiles([...asFiles(), new File(['x'], 'notes.txt')]);
    expect(res.files.map((f) => f.path).sort()).toEqual([
      'gw.toml',
      'km.toml',
      'pub.toml',
      'store.toml',
      'tm.toml',
    ]);
    expect(res.skipped).toEqual(['notes.txt (not a .toml file, a topology.json or a zip)']);
  });

  it('reads the config files of a zip, keeping their folders, and nothing else', async () => {
    const zip = zipSync({
      'bundle/km/repository/conf/deployment.toml': strToU8('[server]\n'),
      'bundle/README.md': strToU8('# hi'),
      '__MACOSX/bundle/._km.toml': strToU8('junk'),
      'bundle/topology.json': strToU8('{}'),
    });
    const res = await readConfigFiles([new File([zip], 'bundle.zip')]);
    expect(res.files.map((f) => f.path).sort()).toEqual([
      'bundle/km/repository/conf/deployment.toml',
      'bundle/topology.json',
    ]);
    expect(res.skipped).toContain(
      'bundle.zip: bundle/README.md (not a deployment.toml or topology.json)',
    );
  });

  it('refuses an entry that inflates past the limit without keeping it', async () => {
    const big = new Uint8Array(LIMITS.entryBytes + 1).fill(65);
    const res = await filesFromZip('bomb.zip', zipSync({ 'a.toml': big }));
    expect(res.files).toEqual([]);
    expect(res.skipped[0]).toMatch(/^bomb\.zip: a\.toml \(larger than/);
  });

  it('says so when a zip cannot be read', async () => {
    const res = await filesFromZip('x.zip', strToU8('not a zip'));
    expect(res.files).toEqual([]);
    expect(res.skipped[0]).toMatch(/^x\.zip: not a readable zip/);
  });
});

describe('runImport', () => {
  it('recovers the five nodes of document 002, their database and connections, laid out', async () => {
    const res = await runImport(asFiles());
    expect(res.report.errors).toEqual([]);
    expect(res.topology).not.toBeNull();
    if (!res.topology) return;
    const elk = new ELK();
    const t = await openable(res.topology, (g) => elk.layout(g));
    expect(t.nodes.map((n) => n.kind).sort()).toEqual([
      'database',
      'devportal',
      'gateway',
      'key-manager',
      'publisher',
      'traffic-manager',
    ]);
    expect(t.edges).toHaveLength(15);
    expect(t.edges.every((e) => e.id !== undefined)).toBe(true);
    // Laid out: every node placed, no two in the same spot.
    const spots = new Set(t.nodes.map((n) => `${n.position?.x},${n.position?.y}`));
    expect(spots.size).toBe(t.nodes.length);
  });

  it('gives the same result for a zip of the files', async () => {
    const zip = zipSync(
      Object.fromEntries(DOC_002.map((f) => [`conf/${f.path}`, strToU8(f.contents)])),
    );
    const res = await runImport([new File([zip], 'doc-002.zip')]);
    expect(res.topology?.nodes).toHaveLength(6);
  });

  it('reports a TOML syntax error with its file, line and column', async () => {
    const res = await runImport([new File(['[server]\nhostname = \n'], 'bad.toml')]);
    expect(res.topology).toBeNull();
    const e = res.report.errors[0];
    expect(e?.file).toBe('bad.toml');
    expect(e && where(e)).toMatch(/^bad\.toml:2:\d+$/);
  });
});
