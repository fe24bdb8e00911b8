/**
 * certs/make-certs.sh, run for real (issue 17): with the JDK's keytool and openssl, for one host
 * (document 000), a distributed 4.7 deployment and an HA one with load balancers. Every keystore's
 * certificate names what the design says the node is reached by; a TLS handshake with each node's key
 * verifies against the CA for each of those names and fails for a name not in the design; the
 * truststore holds the CA, the load balancers and the token-signing certificate; the script refuses to
 * overwrite without --force and never holds a password. Skipped, saying so, only where keytool or
 * openssl is missing.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  certificatePlan,
  parseToml,
  render,
  TopologyModel,
  type DeployTarget,
  type Topology,
} from '../src/index.js';
import { loadExample } from './helpers.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = has('keytool') && has('openssl');
if (!tools) console.warn('certs.test.ts: keytool or openssl is missing; the script is not run');

const PASSWORDS = {
  KEYSTORE_PASSWORD: 'ks-secret-1',
  PRIMARY_KEYSTORE_PASSWORD: 'primary-secret-2',
  TRUSTSTORE_PASSWORD: 'ts-secret-3',
};
/**
 * The examples' store passwords are `$secret{keystore_password}` and the like: the script reads their
 * plain values from WSO2_SECRET_<ALIAS>, the variables the compose file and Helm's install.sh read.
 */
const ENV = {
  ...PASSWORDS,
  WSO2_SECRET_KEYSTORE_PASSWORD: PASSWORDS.KEYSTORE_PASSWORD,
  WSO2_SECRET_PRIMARY_KEYSTORE_PASSWORD: PASSWORDS.PRIMARY_KEYSTORE_PASSWORD,
  WSO2_SECRET_TRUSTSTORE_PASSWORD: PASSWORDS.TRUSTSTORE_PASSWORD,
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The rendered bundle, written out. */
function bundle(topology: Topology, target?: DeployTarget): string {
  const r = render(topology, target ? { target } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const dir = mkdtempSync(join(tmpdir(), 'certs-'));
  dirs.push(dir);
  for (const f of r.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  return dir;
}

function runScript(dir: string, args: string[] = [], env: Record<string, string> = ENV) {
  return spawnSync('sh', ['certs/make-certs.sh', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

/** SAN entries of the one key entry of a keystore, as `dns:name` / `ip:address`. */
function sans(store: string, password: string): string[] {
  const out = execFileSync('keytool', ['-list', '-v', '-keystore', store, '-storepass', password], {
    encoding: 'utf8',
  });
  const block = /SubjectAlternativeName \[([^\]]*)\]/.exec(out)?.[1] ?? '';
  return [...block.matchAll(/(DNSName|IPAddress): (\S+)/g)].map(
    (m) => `${m[1] === 'DNSName' ? 'dns' : 'ip'}:${m[2] ?? ''}`,
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** A TLS handshake with `openssl s_server` holding the node's key, verified for `name` against the CA. */
async function handshake(dir: string, id: string, name: string): Promise<boolean> {
  const port = await freePort();
  const server = spawn('openssl', [
    's_server',
    '-accept',
    `127.0.0.1:${port}`,
    '-naccept',
    '1',
    '-quiet',
    '-cert',
    join(dir, `certs/nodes/${id}.crt`),
    '-key',
    join(dir, `certs/nodes/${id}.key`),
  ]);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const client = spawnSync(
      'openssl',
      [
        's_client',
        '-connect',
        `127.0.0.1:${port}`,
        '-servername',
        name,
        '-verify_hostname',
        name,
        '-CAfile',
        join(dir, 'certs/ca/ca.crt'),
        '-verify_return_error',
        '-brief',
      ],
      { input: '', encoding: 'utf8', timeout: 10_000 },
    );
    return client.status === 0 && /Verification: OK/.test(client.stderr + client.stdout);
  } finally {
    server.kill();
  }
}

describe.skipIf(!tools)('certs/make-certs.sh', () => {
  it.each(['multiple-gateways-3.2.0.json', 'distributed-4.7.0.json', 'ha-4.7.0.json'])(
    '%s: every node’s certificate holds every name the design says, and a TLS handshake proves each',
    async (name) => {
      const topology = loadExample(name);
      const dir = bundle(topology);
      const run = runScript(dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const plan = certificatePlan(new TopologyModel(topology));
      const tlsPass = PASSWORDS.KEYSTORE_PASSWORD;
      for (const n of plan.nodes) {
        const expected = (plan.sharedKeyPair?.names ?? n.names).map((s) => `${s.type}:${s.name}`);
        const store = join(dir, n.folder, 'repository/resources/security', plan.keystore.fileName);
        // A one-host topology without a primary keystore of its own keeps WSO2's store password.
        expect(sans(store, plan.primary ? tlsPass : tlsPass).sort()).toEqual([...expected].sort());
      }
      const id = plan.sharedKeyPair?.id ?? plan.nodes[0]?.id ?? '';
      for (const s of plan.sharedKeyPair?.names ?? plan.nodes[0]?.names ?? [])
        if (s.type === 'dns') expect(await handshake(dir, id, s.name), s.name).toBe(true);
      expect(await handshake(dir, id, 'not-in-the-design.example.com')).toBe(false);
    },
    60_000,
  );

  it('helm: one TLS key pair in every store, naming each design host and each chart Service the pods call', () => {
    // Each chart mounts its stores from the one secret its values name
    // (wso2.apim.configurations.security.jksSecretName in every values.yaml of helm-apim 4.7.x, tag
    // all-in-one-4.7.0-1 and siblings: test/fixtures/helm/4.7.x), and the values name the other
    // releases by Service (<release>-<chart>-service).
    const topology = loadExample('distributed-4.7.0.json');
    const dir = bundle(topology, 'helm');
    const run = runScript(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const stores = ['cp', 'tm', 'gw'].map((f) =>
      sans(
        join(dir, f, 'repository/resources/security/tls.jks'),
        PASSWORDS.KEYSTORE_PASSWORD,
      ).sort(),
    );
    expect(stores[1]).toEqual(stores[0]);
    expect(stores[2]).toEqual(stores[0]);
    const values = readFileSync(join(dir, 'values/gw.yaml'), 'utf8');
    for (const service of ['cp-wso2am-acp-service', 'tm-wso2am-tm-service']) {
      expect(values).toContain(service);
      expect(stores[0]).toContain(`dns:${service}`);
    }
    for (const host of ['cp.wso2.com', 'gw.wso2.com', 'tm.wso2.com'])
      expect(stores[0]).toContain(`dns:${host}`);
    // The primary keystore is apart: the values mount it as keystores.primary.
    expect(values).toMatch(/primary:\n\s+enabled: true\n\s+name: primary\.jks/);
  }, 60_000);

  it('fills one truststore with the CA, each load balancer and the signing certificate under the gateways’ alias', () => {
    const dir = bundle(loadExample('ha-4.7.0.json'));
    expect(runScript(dir).status).toBe(0);
    const list = execFileSync(
      'keytool',
      [
        '-list',
        '-keystore',
        join(dir, 'gw1/repository/resources/security/client-truststore.jks'),
        '-storepass',
        PASSWORDS.TRUSTSTORE_PASSWORD,
      ],
      { encoding: 'utf8' },
    );
    for (const alias of [
      'apim-designer-ca',
      'lb-cp-lb',
      'lb-tm-lb',
      'lb-gw-lb',
      'gateway_certificate_alias',
    ])
      expect(list).toContain(`${alias},`);
    // The signing certificate is the primary keystore's (one file on every node).
    const primary = (node: string) =>
      readFileSync(join(dir, node, 'repository/resources/security/primary.jks'));
    expect(primary('gw1').equals(primary('apim-cp-2'))).toBe(true);
    const exported = execFileSync(
      'keytool',
      [
        '-exportcert',
        '-rfc',
        '-alias',
        'primary',
        '-keystore',
        join(dir, 'gw1/repository/resources/security/primary.jks'),
        '-storepass',
        PASSWORDS.PRIMARY_KEYSTORE_PASSWORD,
      ],
      { encoding: 'utf8' },
    );
    expect(exported.replace(/\r/g, '')).toContain(
      readFileSync(join(dir, 'certs/primary/signing.crt'), 'utf8').trim().split('\n')[1] ?? 'x',
    );
    // nginx's key and certificate, where gw-lb/nginx.conf reads them, signed by the CA.
    const verify = spawnSync(
      'openssl',
      ['verify', '-CAfile', join(dir, 'certs/ca/ca.crt'), join(dir, 'gw-lb/ssl/gw.wso2.com.crt')],
      { encoding: 'utf8' },
    );
    expect(verify.stdout).toContain(': OK');
    // 4.7: one encryption key, 64 hexadecimal characters.
    expect(readFileSync(join(dir, 'certs/encryption.key'), 'utf8').trim()).toMatch(
      /^[0-9a-f]{64}$/,
    );
  }, 60_000);

  it('is idempotent, refuses to overwrite a partial run without --force, and keeps the CA and the key', () => {
    const dir = bundle(loadExample('distributed-4.7.0.json'));
    expect(runScript(dir).status).toBe(0);
    const ca = readFileSync(join(dir, 'certs/ca/ca.crt'), 'utf8');
    const key = readFileSync(join(dir, 'certs/encryption.key'), 'utf8');
    const again = runScript(dir, [], {});
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('everything is made already');
    rmSync(join(dir, 'gw/repository/resources/security/tls.jks'));
    const partial = runScript(dir);
    expect(partial.status).toBe(1);
    expect(partial.stderr).toContain('would be replaced');
    const forced = runScript(dir, ['--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'certs/ca/ca.crt'), 'utf8')).toBe(ca);
    expect(readFileSync(join(dir, 'certs/encryption.key'), 'utf8')).toBe(key);
  }, 60_000);

  it('takes passwords from the environment only, and says which one is missing', () => {
    const topology = loadExample('distributed-4.7.0.json');
    const dir = bundle(topology);
    const script = readFileSync(join(dir, 'certs/make-certs.sh'), 'utf8');
    for (const value of Object.values(PASSWORDS)) expect(script).not.toContain(value);
    // No password in the file: not WSO2's default either (the alias wso2carbon is no secret).
    expect(script).not.toMatch(/(pass|password)[:=\s]+'?wso2carbon/);
    const run = runScript(dir, [], { WSO2_SECRET_KEYSTORE_PASSWORD: 'abcdef' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /set WSO2_SECRET_PRIMARY_KEYSTORE_PASSWORD \(settings\.primaryKeystore\.password/,
    );
    expect(runScript(dir, ['--days', 'x']).stderr).toContain('--days takes a number');
    expect(runScript(dir, ['--nope']).stderr).toContain('unknown option: --nope');
  });
});

describe.skipIf(!tools)('2.x: the README’s keystore step', () => {
  it('its keytool line makes one wso2carbon.jks whose certificate names every host of the design', () => {
    // 2.6 keeps the manual step (the pack names wso2carbon.jks in five files per node; "Configuring
    // Keystores in WSO2 API Manager", API-M 2.6 documentation): the line the README gives must work.
    const topology = loadExample('distributed-2.6.0.json');
    const r = render(topology);
    if (!r.ok) throw new Error('does not render');
    const readme = r.files.find((f) => f.path === 'README.md')?.contents ?? '';
    const line = /`(keytool -genkeypair [^`]+)`/.exec(readme)?.[1];
    expect(line).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'certs-2x-'));
    dirs.push(dir);
    const run = spawnSync('sh', ['-c', line ?? 'false'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const hosts = [
      ...new Set(
        topology.nodes.flatMap((n) => (n.kind === 'database' ? [] : [n.host.toLowerCase()])),
      ),
    ];
    const names = sans(join(dir, 'wso2carbon.jks'), 'wso2carbon');
    for (const host of hosts) expect(names).toContain(`dns:${host}`);
  });
});

describe('every generated deployment.toml with secrets', () => {
  it.each(['distributed-3.2.0.json', 'ha-4.4.0.json', 'ha-4.7.0.json', 'km-separated-4.7.0.json'])(
    '%s: [secrets] is the last table, holds every $secret{} alias, and the file parses',
    (name) => {
      const r = render(loadExample(name));
      if (!r.ok) throw new Error('example has errors');
      for (const f of r.files.filter((x) => x.path.endsWith('deployment.toml'))) {
        const data = parseToml(f.contents) as Record<string, unknown>;
        const values = f.contents
          .split('\n')
          .filter((l) => !l.startsWith('#'))
          .join('\n');
        const aliases = [...values.matchAll(/\$secret\{([^}]+)\}/g)].map((m) => m[1]);
        if (aliases.length === 0) continue;
        expect(Object.keys(data.secrets as object).sort()).toEqual([...new Set(aliases)].sort());
        const headers = [...f.contents.matchAll(/^\[\[?([^\]]+)\]\]?$/gm)].map((m) => m[1]);
        expect(headers[headers.length - 1], f.path).toBe('secrets');
      }
    },
  );
});
