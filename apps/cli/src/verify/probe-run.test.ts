/**
 * Reachability against real loopback listeners: plain TCP, TLS with certificates made by openssl
 * here (a CA, a server certificate for localhost, one for another name, one from an unknown CA),
 * a port nobody listens on and one that accepts and never answers. Only 127.0.0.1 is contacted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createTlsServer } from 'node:tls';
import { parseTopology, probePlan, type Probe, type Topology } from '@apim-designer/topology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { reachability } from './reach-report.js';
import { runProbe, runProbes } from './probe-run.js';
import { pemCertificates, readTruststore } from './trust.js';

const example = fileURLToPath(
  new URL('../../../../examples/distributed-4.4.0.json', import.meta.url),
);
// Offsets that put every port of the one-host design high, away from anything running here.
const OFFSET = { cp: 30000, tm: 31000, gw: 32000 } as const;
const DB_PORT = 33306;
const port = (base: number, node: keyof typeof OFFSET) => base + OFFSET[node];

let dir: string;
let design: Topology;
const servers: Server[] = [];
const sockets = new Set<{ destroy(): void }>();
const accepted = new Map<number, number>();
const certs: Record<
  'ca' | 'good' | 'goodKey' | 'wrong' | 'wrongKey' | 'alien' | 'alienKey',
  string
> = {
  ca: '',
  good: '',
  goodKey: '',
  wrong: '',
  wrongKey: '',
  alien: '',
  alienKey: '',
};

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

async function makeCertificates(): Promise<void> {
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=verify test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  for (const [name, san] of [
    ['good', 'DNS:localhost,IP:127.0.0.1'],
    ['wrong', 'DNS:wrong.example'],
  ] as const) {
    openssl('req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    await writeFile(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  }
  // Right name, but signed by a CA nobody was told about.
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'alien.key',
    '-out',
    'alien.pem',
    '-days',
    '2',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  );
  const read = (f: string) => readFile(join(dir, f), 'utf8');
  Object.assign(certs, {
    ca: await read('ca.pem'),
    good: await read('good.pem'),
    goodKey: await read('good.key'),
    wrong: await read('wrong.pem'),
    wrongKey: await read('wrong.key'),
    alien: await read('alien.pem'),
    alienKey: await read('alien.key'),
  });
}

function counted(server: Server, at: number): Promise<void> {
  servers.push(server);
  server.on('connection', (socket: { destroy(): void }) => {
    sockets.add(socket);
    accepted.set(at, (accepted.get(at) ?? 0) + 1);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(at, '127.0.0.1', () => resolve());
  });
}

const plain = (at: number) =>
  counted(
    createTcpServer((s) => s.on('error', () => undefined)),
    at,
  );
/** Accepts, then says nothing: a TLS client waits for the handshake until its time limit. */
const silent = (at: number) =>
  counted(
    createTcpServer((s) => s.on('error', () => undefined)),
    at,
  );

function tlsServer(at: number, cert: string, key: string): Promise<void> {
  const server = createTlsServer({ cert, key }, (socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
    });
  });
  server.on('tlsClientError', () => undefined);
  return counted(server, at);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apim-verify-'));
  await makeCertificates();
  const doc = JSON.parse(await readFile(example, 'utf8')) as {
    nodes: { id: string; host: string; offset?: number; port?: number }[];
  };
  for (const n of doc.nodes) {
    n.host = 'localhost';
    if (n.id in OFFSET) n.offset = OFFSET[n.id as keyof typeof OFFSET];
    else n.port = DB_PORT;
  }
  const parsed = parseTopology(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  design = parsed.topology;
  await writeFile(join(dir, 'topology.json'), JSON.stringify(doc));
  await writeFile(join(dir, 'ca.pem'), certs.ca);
  // The control plane is healthy; the Traffic Manager is not.
  await tlsServer(port(9443, 'cp'), certs.good, certs.goodKey);
  await plain(port(5672, 'cp'));
  await tlsServer(port(9443, 'tm'), certs.wrong, certs.wrongKey);
  await plain(port(9611, 'tm'));
  await tlsServer(port(9711, 'tm'), certs.alien, certs.alienKey);
  // Nothing on tm's 5672 (refused).
  await plain(DB_PORT);
  await silent(port(9443, 'gw'));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await rm(dir, { recursive: true, force: true });
});

function gwPlan(): readonly Probe[] {
  const plan = probePlan(design, 'gw');
  if (!plan.ok) throw new Error(plan.message);
  return plan.probes;
}

describe('probes from the gateway of a one-host design', () => {
  it('reports reached, refused and TLS-failed (wrong name, unknown CA) per endpoint and edge', async () => {
    accepted.clear();
    const started = Date.now();
    const results = await runProbes(gwPlan(), {
      timeoutMs: 2000,
      budgetMs: 10000,
      concurrency: 4,
      ca: [certs.ca],
    });
    const elapsed = Date.now() - started;
    const by = Object.fromEntries(
      results.map((r) => [`${r.probe.to}:${r.probe.port}`, [r.probe.protocol, r.status]]),
    );
    expect(by).toEqual({
      [`cp:${port(9443, 'cp')}`]: ['https', 'reached'],
      [`cp:${port(5672, 'cp')}`]: ['tcp', 'reached'],
      [`tm:${port(9443, 'tm')}`]: ['https', 'tls-failed'],
      [`tm:${port(5672, 'tm')}`]: ['tcp', 'refused'],
      [`tm:${port(9611, 'tm')}`]: ['tcp', 'reached'],
      [`tm:${port(9711, 'tm')}`]: ['tls', 'tls-failed'],
      [`db:${DB_PORT}`]: ['tcp', 'reached'],
    });
    const detail = (p: number) => results.find((r) => r.probe.port === p)?.detail ?? '';
    expect(detail(port(9443, 'cp'))).toBe('TLS verified; GET /services/Version → 200');
    expect(detail(port(9443, 'tm'))).toMatch(/^wrong name: the certificate is not for localhost/);
    expect(detail(port(9711, 'tm'))).toMatch(/^unknown CA: the certificate chain is not trusted/);
    expect(detail(port(5672, 'tm'))).toBe(
      `nothing listens on localhost:${port(5672, 'tm')} (connection refused)`,
    );
    expect(elapsed).toBeLessThan(5000);
    // One connection per probe: nothing retried, nothing else sent.
    for (const r of results) if (r.status !== 'refused') expect(accepted.get(r.probe.port)).toBe(1);

    const edges = reachability(design, results, 'gw', elapsed).edges.map((e) => [
      e.source,
      e.target,
      e.status,
    ]);
    expect(edges).toEqual([
      ['gw', 'cp', 'reached'],
      ['gw', 'tm', 'tls-failed'],
      ['db', 'gw', 'reached'],
    ]);
  });

  it('without the CA, the healthy control plane fails TLS too, and the message says what to pass', async () => {
    const probe = gwPlan().find((p) => p.port === port(9443, 'cp'));
    if (!probe) throw new Error('no probe of the control plane');
    const r = await runProbe(probe, { timeoutMs: 2000, budgetMs: 5000, concurrency: 1 });
    expect(r.status).toBe('tls-failed');
    expect(r.detail).toMatch(/unknown CA.*--ca or --truststore/);
  });

  it('times out a handshake that never comes, and stops at the total budget', async () => {
    const silentProbe: Probe = {
      edge: { index: 0 },
      from: 'cp',
      to: 'gw',
      host: '127.0.0.1',
      port: port(9443, 'gw'),
      protocol: 'tls',
      required: true,
      why: 'test',
    };
    const one = await runProbe(silentProbe, { timeoutMs: 300, budgetMs: 5000, concurrency: 1 });
    expect(one).toMatchObject({ status: 'timed-out' });
    expect(one.detail).toBe('connected, but the TLS handshake did not finish within 300 ms');

    const started = Date.now();
    const many = await runProbes(
      Array.from({ length: 6 }, () => silentProbe),
      {
        timeoutMs: 5000,
        budgetMs: 400,
        concurrency: 2,
      },
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(many.map((r) => r.status)).toEqual(Array(6).fill('not-run'));
  });

  it('says when a host does not resolve', async () => {
    const probe: Probe = { ...gwPlan()[0]!, host: 'km.does-not-resolve.invalid' };
    const r = await runProbe(probe, {
      timeoutMs: 2000,
      budgetMs: 5000,
      concurrency: 1,
      lookup: (_host, _options, callback) =>
        callback(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), '', 4),
    });
    expect(r).toMatchObject({
      status: 'unresolved',
      detail: 'km.does-not-resolve.invalid does not resolve (ENOTFOUND)',
    });
  });
});

describe('apim-designer verify --probe', () => {
  const capture = () => {
    const io = {
      stdout: '',
      stderr: '',
      out: (t: string) => void (io.stdout += `${t}\n`),
      err: (t: string) => void (io.stderr += `${t}\n`),
    };
    return io;
  };

  it('prints a table, and --json for pipelines; exit 1 on an unreachable required edge', async () => {
    const file = join(dir, 'topology.json');
    const ca = join(dir, 'ca.pem');
    let io = capture();
    expect(
      await main(['verify', file, '--probe', '--from', 'gw', '--ca', ca, '--timeout', '2000'], io),
    ).toBe(1);
    expect(io.stdout).toContain('Reachability from this machine, as node gw sees it: 7 probes');
    expect(io.stdout).toMatch(
      new RegExp(`gw — tm\\s+gw\\s+tm\\s+localhost:${port(5672, 'tm')}\\s+tcp\\s+refused`),
    );

    io = capture();
    expect(await main(['verify', file, '--probe', '--from', 'gw', '--ca', ca, '--json'], io)).toBe(
      1,
    );
    const out = JSON.parse(io.stdout) as {
      ok: boolean;
      reachability: { edges: { status: string }[] };
    };
    expect(out.ok).toBe(false);
    expect(out.reachability.edges.map((e) => e.status)).toEqual([
      'reached',
      'tls-failed',
      'reached',
    ]);
  });

  it('refuses bad input before sending anything', async () => {
    const file = join(dir, 'topology.json');
    let io = capture();
    expect(await main(['verify', file, '--probe', '--from', 'nope'], io)).toBe(2);
    expect(io.stderr).toContain('--from: no node "nope" in the design');
    io = capture();
    expect(await main(['verify', file, '--probe', '--ca', join(dir, 'good.key')], io)).toBe(2);
    expect(io.stderr).toContain('no PEM certificate in it');
    io = capture();
    expect(await main(['verify', file], io)).toBe(2);
    expect(io.stderr).toContain('verify needs --configs');
  });

  it('reads the CA from a JKS truststore with keytool', async () => {
    execFileSync(
      'keytool',
      [
        '-importcert',
        '-noprompt',
        '-alias',
        'ca',
        '-file',
        join(dir, 'ca.pem'),
        '-keystore',
        join(dir, 'trust.jks'),
        '-storetype',
        'JKS',
        '-storepass',
        'changeit',
      ],
      { stdio: 'pipe' },
    );
    const fromStore = await readTruststore(join(dir, 'trust.jks'), 'changeit');
    const body = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '');
    expect(fromStore.map(body)).toEqual(pemCertificates(certs.ca).map(body));
    await expect(readTruststore(join(dir, 'trust.jks'), 'wrong-password')).rejects.toThrow(
      /keytool could not read it/,
    );
  }, 30000);
});
