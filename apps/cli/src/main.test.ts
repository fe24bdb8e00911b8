import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { Io } from './output.js';

const example = fileURLToPath(new URL('../../../examples/distributed-3.2.0.json', import.meta.url));

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  return io;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apim-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('apim-designer validate', () => {
  it('prints the diagnostics and exits 0 when there are only warnings', async () => {
    const io = capture();
    expect(await main(['validate', example], io)).toBe(0);
    expect(io.stdout).toContain('default-admin-credentials');
    expect(io.stdout).toContain('0 error(s), 2 warning(s)');
  });

  it('exits 1 on errors, with --json for pipelines', async () => {
    const doc = JSON.parse(await readFile(example, 'utf8')) as {
      edges: { source: string; target: string }[];
    };
    doc.edges = doc.edges.filter((e) => !(e.source === 'km' && e.target === 'gw'));
    const file = join(dir, 't.json');
    await writeFile(file, JSON.stringify(doc));
    const io = capture();
    expect(await main(['validate', file, '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout) as {
      valid: boolean;
      diagnostics: { code: string; nodeId?: string }[];
    };
    expect(out.valid).toBe(false);
    expect(out.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'missing-key-manager', nodeId: 'gw' }),
    );
  });

  it('says where a file is not JSON, and where it is not a topology', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{\n  "schemaVersion": 1,\n  "nodes": [,]\n}');
    let io = capture();
    expect(await main(['validate', bad], io)).toBe(2);
    expect(io.stderr).toMatch(/is not valid JSON \(line 3, column \d+\)/);

    await writeFile(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        name: 'x',
        apimVersion: '3.2.0',
        nodes: [{ id: 'a', kind: 'gatewy', name: 'a', host: 'h' }],
        edges: [],
      }),
    );
    io = capture();
    expect(await main(['validate', bad], io)).toBe(2);
    expect(io.stderr).toContain('nodes[0].kind');

    io = capture();
    expect(await main(['validate', join(dir, 'missing.json')], io)).toBe(2);
    expect(io.stderr).toContain('no such file');
  });

  it('explains its usage', async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.stdout).toContain('Usage:');
    expect(await main(['frobnicate', example], capture())).toBe(2);
    expect(await main(['render', example], capture())).toBe(2);
  });
});

describe('apim-designer --version', () => {
  it('prints the tool version from its package.json with --version and -V, and exits 0', async () => {
    const pkg = JSON.parse(
      await readFile(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
    ) as { version: string };
    for (const flag of ['--version', '-V']) {
      const io = capture();
      expect(await main([flag], io)).toBe(0);
      expect(io.stdout).toBe(`apim-designer ${pkg.version}\n`);
      expect(io.stderr).toBe('');
    }
  });
});

describe('apim-designer render', () => {
  it('writes the bundle to --out and a zip to --zip, with the same files', async () => {
    const out = join(dir, 'bundle');
    const zip = join(dir, 'bundle.zip');
    const io = capture();
    expect(await main(['render', example, '--out', out, '--zip', zip], io)).toBe(0);
    const km = await readFile(join(out, 'km/repository/conf/deployment.toml'), 'utf8');
    expect(km).toContain('server_role = "api-key-manager"');
    const readme = await readFile(join(out, 'README.md'), 'utf8');
    expect(readme).toContain(
      'sh bin/wso2server.sh --optimize -Dprofile=gateway-worker --skipConfigOptimization',
    );
    const entries = unzipSync(new Uint8Array(await readFile(zip)));
    expect(Object.keys(entries)).toContain('km/repository/conf/deployment.toml');
    expect(Buffer.from(entries['km/repository/conf/deployment.toml'] ?? []).toString()).toBe(km);
  });

  it('refuses a topology with errors', async () => {
    const doc = JSON.parse(await readFile(example, 'utf8')) as { nodes: { host: string }[] };
    doc.nodes[0] = { ...doc.nodes[0], host: 'not a host' };
    const file = join(dir, 't.json');
    await writeFile(file, JSON.stringify(doc));
    const io = capture();
    expect(await main(['render', file, '--out', join(dir, 'o')], io)).toBe(1);
    expect(io.stderr).toContain('invalid-host');
  });
});
