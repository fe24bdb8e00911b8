import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJson, parseTopology } from '@apim-designer/topology';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { Io } from './output.js';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const example = repo('examples/distributed-3.2.0.json');
const DOC_002 = ['km', 'tm', 'pub', 'store', 'gw'];

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  return io;
}

function topologyOf(text: string) {
  const json = parseJson(text);
  if (!json.ok) throw new Error(`not JSON: ${json.message}`);
  const parsed = parseTopology(json.value);
  if (!parsed.ok) throw new Error(`not a topology: ${JSON.stringify(parsed.issues)}`);
  return parsed.topology;
}

let dir: string;
let samples: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apim-cli-import-'));
  samples = [];
  for (const n of DOC_002) {
    const target = join(dir, `${n}.toml`);
    await copyFile(repo(`packages/topology/test/fixtures/doc-002/${n}.toml`), target);
    samples.push(target);
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('apim-designer import', () => {
  it('writes the recovered topology to stdout and the report to stderr', async () => {
    const io = capture();
    expect(await main(['import', ...samples], io)).toBe(0);
    const topology = topologyOf(io.stdout);
    expect(topology.apimVersion).toBe('3.2.0');
    expect(topology.nodes.filter((n) => n.kind !== 'database').map((n) => n.kind)).toEqual([
      'gateway',
      'key-manager',
      'publisher',
      'devportal',
      'traffic-manager',
    ]);
    expect(io.stderr).toContain('Imported 5 API-M node(s) from deployment.toml');
    expect(io.stderr).toMatch(/store: devportal from .*store\.toml \(server_role: api-store\)/);
    expect(io.stderr).toContain('Notes (');
  });

  it('writes --out, and a bundle zip gives back the topology it was rendered from', async () => {
    const zip = join(dir, 'bundle.zip');
    expect(await main(['render', example, '--zip', zip], capture())).toBe(0);
    const out = join(dir, 'nested', 'imported.json');
    const io = capture();
    expect(await main(['import', zip, '--out', out], io)).toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('from topology.json');
    expect(io.stderr).toContain(`Wrote ${out}.`);
    const written = await readFile(out, 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(topologyOf(written)).toEqual(topologyOf(await readFile(example, 'utf8')));
  });

  it('reads a zip of loose deployment.toml files and honours --apim-version', async () => {
    const entries = Object.fromEntries(
      await Promise.all(
        DOC_002.map(async (n) => [
          `conf/${n}.toml`,
          strToU8(await readFile(join(dir, `${n}.toml`), 'utf8')),
        ]),
      ),
    );
    const zip = join(dir, 'loose.zip');
    await writeFile(zip, zipSync(entries));
    const io = capture();
    expect(await main(['import', zip, '--apim-version', '3.1.0', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as { topology: { apimVersion: string }; report: object };
    expect(out.topology.apimVersion).toBe('3.1.0');
    expect(out.report).toHaveProperty('kept');
  });

  it('names --apim-version where it assumed a version, and refuses the old --version <v> spelling', async () => {
    let io = capture();
    expect(await main(['import', ...samples], io)).toBe(0);
    expect(io.stderr).toMatch(
      /API-M 3\.2\.0 is assumed .*Pass --apim-version <version> to choose another\./,
    );
    expect(io.stderr).not.toContain('apimVersion');

    io = capture();
    expect(await main(['import', ...samples, '--version', '3.1.0'], io)).toBe(2);
    expect(io.stderr).toContain(
      "--version prints this tool's version; the API-M version of the files is --apim-version 3.1.0",
    );
    expect(io.stdout).toBe('');
  });

  it('exits 1 with file, line and column when a file is not TOML', async () => {
    const bad = join(dir, 'broken.toml');
    await writeFile(bad, '[server]\nhostname = "x"\noffset = = 4\n');
    const io = capture();
    expect(await main(['import', samples[0] ?? '', bad], io)).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/broken\.toml:3:\d+: not valid TOML/);
    expect(io.stderr).toContain('Nothing could be recovered');
  });

  it('exits 2 on a missing file, an unsafe zip entry, an unknown version or no files', async () => {
    let io = capture();
    expect(await main(['import', join(dir, 'missing.toml')], io)).toBe(2);
    expect(io.stderr).toContain('no such file');

    const slip = join(dir, 'slip.zip');
    await mkdir(dir, { recursive: true });
    await writeFile(slip, zipSync({ '../../evil.toml': strToU8('[server]\n') }));
    io = capture();
    expect(await main(['import', slip], io)).toBe(2);
    expect(io.stderr).toContain('refusing unsafe entry name(s) "../../evil.toml"');

    // Two entries reading the same bytes (a zip bomb's trick): refused before inflating.
    const shared = zipSync({ 'a.toml': strToU8('[server]\n') }, { level: 0 });
    const view = new DataView(shared.buffer);
    const cd = view.getUint32(shared.length - 6, true);
    const record = shared.subarray(cd, shared.length - 22);
    const twice = new Uint8Array(cd + record.length * 2 + 22);
    twice.set(shared.subarray(0, cd + record.length));
    twice.set(record, cd + record.length);
    twice.set(shared.subarray(shared.length - 22), cd + record.length * 2);
    const end = new DataView(twice.buffer, twice.length - 22);
    end.setUint16(8, 2, true);
    end.setUint16(10, 2, true);
    end.setUint32(12, record.length * 2, true);
    const bomb = join(dir, 'bomb.zip');
    await writeFile(bomb, twice);
    io = capture();
    expect(await main(['import', bomb], io)).toBe(2);
    expect(io.stderr).toContain('not a readable zip (entries "a.toml" and "a.toml" share bytes)');

    io = capture();
    expect(await main(['import', ...samples, '--apim-version', '9.9'], io)).toBe(2);
    expect(io.stderr).toMatch(/--apim-version 9\.9: not a known API-M version \(.*3\.2\.0/);

    expect(await main(['import'], capture())).toBe(2);
  });
});

describe('apim-designer diff', () => {
  async function variant(change: (doc: { nodes: { id: string; offset?: number }[] }) => void) {
    const doc = JSON.parse(await readFile(example, 'utf8')) as {
      nodes: { id: string; offset?: number }[];
    };
    change(doc);
    const file = join(dir, 'b.json');
    await writeFile(file, JSON.stringify(doc));
    return file;
  }

  it('prints the unified diff of the two bundles', async () => {
    const b = await variant((doc) => {
      const gw = doc.nodes.find((n) => n.id === 'gw');
      if (gw) gw.offset = 7;
    });
    const io = capture();
    expect(await main(['diff', example, b], io)).toBe(0);
    expect(io.stdout).toContain('--- a/gw/repository/conf/deployment.toml');
    expect(io.stdout).toMatch(/^\+offset = 7$/m);
    expect(io.stderr).toMatch(/changed +gw\/repository\/conf\/deployment\.toml/);
  });

  it('says when nothing changes, and diffs against another version', async () => {
    let io = capture();
    expect(await main(['diff', example, example], io)).toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('No file changes.');

    io = capture();
    expect(await main(['diff', example, '--to-version', '3.1.0'], io)).toBe(0);
    expect(io.stdout).toMatch(/^\+# .*WSO2 API Manager 3\.1\.0$/m);
    expect(io.stderr).toMatch(/changed +km\/repository\/conf\/deployment\.toml/);
  });

  it('exits 1 and names what does not carry over to another version', async () => {
    let io = capture();
    expect(await main(['diff', example, '--to-version', '4.2.0'], io)).toBe(1);
    expect(io.stderr).toMatch(/kind-not-in-version: API-M 4\.2\.0 has no separate Key Manager/);
    expect(io.stderr).toContain('Not compared: on API-M 4.2.0 the topology has errors');

    io = capture();
    expect(await main(['diff', example, '--to-version', '4.2.0', '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout) as { files: unknown; diagnostics: { code: string }[] };
    expect(out.files).toBeNull();
    expect(out.diagnostics.map((d) => d.code)).toContain('kind-not-in-version');
  });

  it('exits 2 without a second file or --to-version', async () => {
    const io = capture();
    expect(await main(['diff', example], io)).toBe(2);
    expect(io.stderr).toContain('--to-version');
  });
});
