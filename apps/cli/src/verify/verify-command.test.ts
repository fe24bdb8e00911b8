import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { Io } from '../output.js';

const example = fileURLToPath(new URL('../../../../examples/ha-4.4.0.json', import.meta.url));

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
let bundle: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apim-verify-cli-'));
  bundle = join(dir, 'bundle');
  expect(await main(['render', example, '--out', bundle], capture())).toBe(0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function change(path: string, from: string, to: string): Promise<void> {
  const file = join(bundle, path);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('apim-designer verify --configs', () => {
  it('exits 0 on the untouched bundle, saying every node is as designed', async () => {
    const io = capture();
    expect(await main(['verify', example, '--configs', bundle], io)).toBe(0);
    expect(io.stdout).toContain(
      'Drift against the design (API-M 4.4.0): 6 nodes, 0 errors, 0 warnings, 0 not in the design.',
    );
  });

  it('reports what operators changed, in a table and as JSON, and exits 1', async () => {
    await change(
      'gw1/repository/conf/deployment.toml',
      '"tcp://traffic-manager-1:5672", "tcp://traffic-manager-2:5672"',
      '"tcp://traffic-manager-1:5672"',
    );
    await change(
      'traffic-manager-1/repository/conf/deployment.toml',
      '[server]\n',
      '[server]\nenable_log_masking = true\n',
    );
    await unlink(join(bundle, 'traffic-manager-2/repository/conf/deployment.toml'));
    let io = capture();
    expect(await main(['verify', example, '--configs', bundle], io)).toBe(1);
    expect(io.stdout).toContain('6 nodes, 1 error, 1 warning, 1 not in the design.');
    expect(io.stdout).toMatch(/traffic-manager-2\s+no file\s+—/);
    expect(io.stdout).toContain(
      'error   changed           apim.throttling.throttle_decision_endpoints',
    );
    expect(io.stdout).toContain(
      'breaks: misses tcp://traffic-manager-2:5672 (Traffic Manager traffic-manager-2)',
    );
    expect(io.stdout).toContain('info    not in the design server.enable_log_masking');

    io = capture();
    expect(await main(['verify', example, '--configs', bundle, '--json'], io)).toBe(1);
    const out = JSON.parse(io.stdout) as {
      ok: boolean;
      drift: { counts: unknown; nodes: { nodeId: string; status: string }[] };
      reachability: null;
    };
    expect(out.ok).toBe(false);
    expect(out.reachability).toBeNull();
    expect(out.drift.counts).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(out.drift.nodes.map((n) => [n.nodeId, n.status])).toEqual([
      ['cp1', 'ok'],
      ['cp2', 'ok'],
      ['tm1', 'ok'],
      ['tm2', 'no-file'],
      ['gw1', 'drift'],
      ['gw2', 'ok'],
    ]);
  });

  it('reads a zip, and refuses one with an unsafe entry name before reading anything', async () => {
    const gw = await readFile(join(bundle, 'gw1/repository/conf/deployment.toml'), 'utf8');
    const good = join(dir, 'live.zip');
    await writeFile(good, zipSync({ 'gw1/deployment.toml': strToU8(gw) }));
    let io = capture();
    expect(await main(['verify', example, '--configs', good], io)).toBe(0);
    expect(io.stdout).toMatch(/gw1\s+ok\s+gw1\/deployment\.toml/);

    const evil = join(dir, 'evil.zip');
    await writeFile(
      evil,
      zipSync({ 'gw1/deployment.toml': strToU8(gw), '../../etc/cron.d/x.toml': strToU8('x') }),
    );
    io = capture();
    expect(await main(['verify', example, '--configs', evil], io)).toBe(2);
    expect(io.stderr).toContain('refusing unsafe entry name(s) "../../etc/cron.d/x.toml"');
  });

  it('says where a live file is not TOML, and which paths do not exist', async () => {
    await writeFile(join(bundle, 'gw2/repository/conf/deployment.toml'), '[server\nhostname = 1\n');
    let io = capture();
    expect(await main(['verify', example, '--configs', bundle], io)).toBe(1);
    expect(io.stdout).toMatch(/gw2\s+UNREADABLE/);
    expect(io.stdout).toMatch(/gw2\/repository\/conf\/deployment\.toml:1:\d+: not valid TOML: /);
    io = capture();
    expect(await main(['verify', example, '--configs', join(dir, 'nowhere')], io)).toBe(2);
    expect(io.stderr).toContain('no such file or folder');
  });
});
