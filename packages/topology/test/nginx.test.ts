/**
 * Every generated nginx configuration passes `nginx -t`. nginx resolves upstream host names while it
 * checks, so it runs in a private mount namespace whose /etc/hosts is the bundle's own `hosts` file:
 * this also proves the hosts file names every host. `npm test` installs nginx where it is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, type Topology } from '../src/index.js';
import { loadExample, topology } from './helpers.js';
import { allKindsTopology } from './topologies.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
let work: string;
let cert: string;
let key: string;

beforeAll(() => {
  if (!NGINX)
    throw new Error('nginx is not installed: `npm test` installs it (apt-get install nginx).');
  work = mkdtempSync(join(tmpdir(), 'apim-nginx-'));
  cert = join(work, 'test.crt');
  key = join(work, 'test.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=apim-designer-test',
    ],
    { stdio: 'ignore' },
  );
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `nginx -t` of `<dir>/nginx.conf`, in a private mount namespace whose /etc/hosts is `hosts`. */
function nginxCheck(hosts: string, dir: string) {
  const script =
    'mount --bind "$1" /etc/hosts && exec "$2" -t -q -p "$3/" -c "$3/nginx.conf" -e stderr';
  return spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', hosts, NGINX ?? 'nginx', dir], {
    encoding: 'utf8',
  });
}

/** One all-in-one node behind a load balancer (two would be active-active, which is refused). */
function aioCluster(): Topology {
  return topology({
    schemaVersion: 1,
    name: 'All-in-one behind a load balancer',
    apimVersion: '3.2.0',
    nodes: [
      { id: 'a1', kind: 'all-in-one', name: 'apim1', host: '10.0.0.11', offset: 3 },
      {
        id: 'lb',
        kind: 'load-balancer',
        name: 'apim-lb',
        host: 'apim.example.com',
        fronts: 'all-in-one',
      },
      { id: 'db', kind: 'database', name: 'db', host: 'db.example.com' },
    ],
    edges: [
      ['lb', 'a1'],
      ['db', 'a1'],
    ].map(([source, target]) => ({ source: source ?? '', target: target ?? '' })),
  });
}

function rsyncCluster(): Topology {
  const t = allKindsTopology('3.1.0');
  return {
    ...t,
    nodes: t.nodes.map((n) =>
      n.kind === 'load-balancer' && n.fronts === 'gateway'
        ? { ...n, artifactSync: 'rsync' as const }
        : n,
    ),
  };
}

/** Names reach the nginx file only in comments; line breaks and braces in them must not escape. */
function hostileNames(): Topology {
  const t = loadExample('ha-3.2.0.json');
  const evil = 'x }\n    server { listen 1; }\n# {';
  return {
    ...t,
    name: evil,
    nodes: t.nodes.map((n) => ({
      ...n,
      name: n.kind === 'database' ? n.name : `${n.name} ${evil}`,
    })),
  };
}

const CASES: [string, () => Topology][] = [
  ['names with line breaks and braces', hostileNames],
  ['the HA topology of document 002', () => loadExample('ha-3.2.0.json')],
  ['the 4.x HA topology with the Traffic Manager separated', () => loadExample('ha-4.4.0.json')],
  ['every 4.x kind', () => allKindsTopology('4.2.0')],
  ['every kind, 3.2.0', () => allKindsTopology('3.2.0')],
  ['a gateway cluster with rsync, 3.1.0', rsyncCluster],
  ['an all-in-one node on an IP address behind a load balancer', aioCluster],
];

describe.each(CASES)('%s', (_label, make) => {
  it('every load balancer configuration passes nginx -t', () => {
    const result = render(make());
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const bundle = mkdtempSync(join(work, 'bundle-'));
    for (const f of result.files) {
      mkdirSync(dirname(join(bundle, f.path)), { recursive: true });
      writeFileSync(join(bundle, f.path), f.contents);
    }
    const configs = result.files.filter((f) => f.path.endsWith('/nginx.conf'));
    expect(configs.length).toBeGreaterThan(0);
    for (const conf of configs) {
      // Every line of user text stays a comment: no stray "listen 1" from a node name.
      expect(conf.contents).not.toMatch(/^\s*server \{ listen 1;/m);
    }
    for (const conf of configs) {
      const dir = dirname(join(bundle, conf.path));
      for (const m of conf.contents.matchAll(/ssl_certificate(_key)? (\S+);/g)) {
        mkdirSync(dirname(join(dir, m[2] ?? '')), { recursive: true });
        copyFileSync(m[1] ? key : cert, join(dir, m[2] ?? ''));
      }
      const check = nginxCheck(join(bundle, 'hosts'), dir);
      expect(check.status, `${conf.path}: ${check.stderr}`).toBe(0);
    }
  });
});

it('the check fails on a broken configuration (it is not a no-op)', () => {
  const dir = mkdtempSync(join(work, 'broken-'));
  writeFileSync(join(dir, 'hosts'), '127.0.0.1 localhost\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    'events {}\nhttp { upstream u { server unknown-host.invalid:1; } }\n',
  );
  const check = nginxCheck(join(dir, 'hosts'), dir);
  expect(check.status).not.toBe(0);
  expect(check.stderr).toContain('host not found in upstream');
});
