/**
 * Every compose bundle passes a real validator: Debian's docker-compose reads and checks the file
 * (`docker-compose config`: the Compose Specification schema, interpolation, depends_on) without a
 * Docker engine; no container is started. `npm test` installs docker-compose where it is missing.
 * The tests below also read what the file says: a service for every node, every host name of the
 * design resolvable, the start order, the published ports.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isApimNode, isValidHost, render, type BundleFile, type Topology } from '../src/index.js';
import { loadExample } from './helpers.js';
import { allKindsTopology } from './topologies.js';

const DOCKER_COMPOSE = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((p) =>
  existsSync(p),
);
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
if (!DOCKER_COMPOSE && IS_ROOT)
  throw new Error(
    'docker-compose is not installed: `npm test` installs it (apt-get install docker-compose).',
  );
// Not root and not installed: nothing here can install it; the validator tests say so and skip.
const validator = DOCKER_COMPOSE ? it : it.skip;
if (!DOCKER_COMPOSE)
  console.warn(
    'docker-compose is missing and this is no root shell: the compose validator tests are skipped (apt-get install docker-compose).',
  );

const work = mkdtempSync(join(tmpdir(), 'apim-compose-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EXAMPLES = readdirSync(fileURLToPath(new URL('../../../examples/', import.meta.url)))
  .filter((f) => f.endsWith('.json') && f !== 'package.json')
  .map((f) => loadExample(f));

function composeBundle(topology: Topology): BundleFile[] | null {
  const r = render(topology, { target: 'compose' });
  return r.ok ? [...r.files] : null;
}

function writeBundle(files: readonly BundleFile[]): string {
  const dir = mkdtempSync(join(work, 'b-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  return dir;
}

/** The variables the file refuses to start without (`${NAME:?…}`), each given a value. */
function variables(compose: string): Record<string, string> {
  return Object.fromEntries(
    [...compose.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):\?/g)].map((m) => [m[1] ?? '', 'value']),
  );
}

/** docker-compose in a bundle's folder; asynchronous, so that the designs are checked side by side. */
function dockerCompose(
  dir: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      DOCKER_COMPOSE ?? 'docker-compose',
      ['--file', 'compose.yaml', ...args],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        done({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

interface Service {
  image: string;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  networks?: { default?: { aliases?: string[] } };
  volumes?: string[];
  healthcheck?: { test: string[] };
}

/** Every example the compose target renders, and 4.x designs with every kind (one host each, MySQL). */
const designs: [string, Topology][] = [
  ...EXAMPLES.filter((t) => composeBundle(t) !== null).map((t): [string, Topology] => [t.name, t]),
  ...(['3.2.0', '4.4.0', '4.7.0'] as const).map((v): [string, Topology] => {
    const t = allKindsTopology(v);
    return [
      `every kind, ${v}`,
      {
        ...t,
        nodes: t.nodes.map((n) =>
          n.kind === 'database'
            ? { ...n, engine: 'postgresql' as const }
            : n.id === 'gw3' || n.id === 'gw4'
              ? { ...n, host: `${n.id}.example.com` }
              : n,
        ),
      },
    ];
  }),
];

describe('compose bundles', () => {
  it('the designs under test render for compose', () => {
    expect(designs.length).toBeGreaterThanOrEqual(15);
    for (const [name, t] of designs) expect(composeBundle(t), name).not.toBeNull();
  });

  describe.each(designs)('%s', (_, topology) => {
    const files = composeBundle(topology) ?? [];
    const compose = files.find((f) => f.path === 'compose.yaml')?.contents ?? '';
    const services = (parse(compose, { version: '1.1' }) as { services: Record<string, Service> })
      .services;

    it('a service per node; every host name of the design is a service name or an alias', () => {
      const names = new Set(
        Object.entries(services).flatMap(([name, s]) => [
          name,
          ...(s.networks?.default?.aliases ?? []),
        ]),
      );
      for (const node of topology.nodes) {
        if (
          node.kind === 'load-balancer' &&
          !topology.edges.some((e) => e.source === node.id || e.target === node.id)
        )
          continue;
        expect(names.has(node.host) || names.has(node.host.toLowerCase()), node.host).toBe(true);
        expect(isValidHost(node.host)).toBe(true);
      }
      expect(Object.keys(services).length).toBeGreaterThanOrEqual(
        topology.nodes.filter(isApimNode).length,
      );
    });

    it('each service starts after the services it waits for (no cycle), which are healthy first', () => {
      const order = Object.keys(services);
      for (const [name, s] of Object.entries(services)) {
        for (const d of Object.keys(s.depends_on ?? {})) {
          expect(order.indexOf(d), `${name} after ${d}`).toBeLessThan(order.indexOf(name));
          expect(services[d]?.healthcheck, `${d} has a healthcheck`).toBeDefined();
        }
      }
    });

    it('no port is published twice on this machine', () => {
      const published = Object.values(services).flatMap((s) =>
        (s.ports ?? []).map((p) => p.split(':')[0]),
      );
      expect(new Set(published).size).toBe(published.length);
    });

    it("each API-M node mounts its folder, whose deployment.toml is the vm bundle's", () => {
      const vm = render(topology);
      const vmFiles = new Map(vm.ok ? vm.files.map((f) => [f.path, f.contents]) : []);
      const apim = Object.values(services).filter((s) =>
        s.volumes?.some((v) => v.includes(':/home/wso2carbon/wso2-config-volume')),
      );
      expect(apim.length).toBe(topology.nodes.filter(isApimNode).length);
      for (const s of apim) {
        const folder = s.volumes?.[0]?.split(':')[0]?.replace(/^\.\//, '') ?? '';
        const path = `${folder}/repository/conf/deployment.toml`;
        const own = files.find((f) => f.path === path)?.contents;
        expect(own, path).toBeDefined();
        expect(own).toBe(vmFiles.get(path));
      }
    });
  });
});

describe('docker-compose config', () => {
  // One at a time: each run starts a Python interpreter (~0.7 s of CPU), and the machine has few cores.
  const check = DOCKER_COMPOSE ? it.for(designs) : it.skip.for(designs);
  check('passes: %s', { timeout: 30_000 }, async ([, topology], { expect }) => {
    const files = composeBundle(topology) ?? [];
    const compose = files.find((f) => f.path === 'compose.yaml')?.contents ?? '';
    const services = (parse(compose, { version: '1.1' }) as { services: Record<string, Service> })
      .services;
    const dir = writeBundle(files);
    const res = await dockerCompose(dir, ['config'], variables(compose));
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    // What docker-compose made of it: the same services, each condition service_healthy.
    const config = parse(res.stdout) as { services: Record<string, Service> };
    expect(Object.keys(config.services).sort()).toEqual(Object.keys(services).sort());
    for (const s of Object.values(config.services))
      for (const d of Object.values(s.depends_on ?? {}))
        expect(d.condition).toBe('service_healthy');
  });

  validator(
    'refuses a file without the variables it names, and a broken one',
    { timeout: 30_000 },
    async ({ expect }) => {
      const files = composeBundle(loadExample('ha-4.7.0.json')) ?? [];
      const compose = files.find((f) => f.path === 'compose.yaml')?.contents ?? '';
      const dir = writeBundle(files);
      const bare = await dockerCompose(dir, ['config', '--quiet'], {});
      expect(bare.status).not.toBe(0);
      expect(bare.stderr).toMatch(/set APIM_DB_PASSWORD: see README\.md/);
      writeFileSync(
        join(dir, 'compose.yaml'),
        compose.replace('condition: service_healthy', 'condition: when_ready'),
      );
      const broken = await dockerCompose(dir, ['config', '--quiet'], variables(compose));
      expect(broken.status).not.toBe(0);
    },
  );
});

describe('what compose files say', () => {
  it("4.4: WSO2's image with each node's profile, 4.5+: the component images, the Key Manager on the ACP's", () => {
    const four = parse(
      composeBundle(loadExample('distributed-4.4.0.json'))?.find((f) => f.path === 'compose.yaml')
        ?.contents ?? '',
    ) as { services: Record<string, Service & { environment?: Record<string, string> }> };
    expect(four.services.cp?.image).toBe('wso2/wso2am:4.4.0');
    expect(four.services.cp?.environment?.PROFILE_NAME).toBe('control-plane');
    expect(four.services.gw?.environment?.PROFILE_NAME).toBe('gateway-worker');
    const seven = parse(
      composeBundle(loadExample('km-separated-4.7.0.json'))?.find((f) => f.path === 'compose.yaml')
        ?.contents ?? '',
    ) as { services: Record<string, Service & { environment?: Record<string, string> }> };
    expect(seven.services.km?.image).toBe('wso2/wso2am-acp:4.7.0');
    expect(seven.services.km?.environment?.PROFILE_NAME).toBe('key-manager');
    expect(seven.services.cp?.environment?.PROFILE_NAME).toBeUndefined();
    expect(seven.services.tm?.image).toBe('wso2/wso2am-tm:4.7.0');
    expect(seven.services.gw?.image).toBe('wso2/wso2am-universal-gw:4.7.0');
  });

  it("a database runs WSO2's scripts into the design's databases at its first start", () => {
    const files = composeBundle(loadExample('split-databases-3.2.0.json')) ?? [];
    expect(files.find((f) => f.path === 'apimdb/initdb/01-wso2-databases.sql')?.contents).toContain(
      '\\connect "apim_db"\n\\i /wso2-dbscripts/apimgt/postgresql.sql\n',
    );
    expect(
      files.find((f) => f.path === 'shareddb/initdb/01-wso2-databases.sql')?.contents,
    ).toContain(
      "GRANT ALL PRIVILEGES ON `shared_db`.* TO 'sharedadmin'@'%';\nUSE `shared_db`;\nSOURCE /wso2-dbscripts/mysql.sql;\n",
    );
    const readme = files.find((f) => f.path === 'README.md')?.contents ?? '';
    expect(readme).toContain('Copy the `dbscripts` folder of an API-M 3.2.0 pack');
  });
});
