/** Starting points: documents 000 (all-in-one, three instances on one host), 002/004, and HA. */
import {
  parseTopology,
  SEPARATE_STORES,
  type Topology,
  type TopologyInput,
} from '@apim-designer/topology';
import { TEMPLATE_LIST, type TemplateInfo } from './template-list.js';

type NodeInput = TopologyInput['nodes'][number];

export interface Template extends TemplateInfo {
  load(): Promise<Topology>;
}

function fromInput(doc: TopologyInput): Topology {
  const res = parseTopology(doc);
  if (!res.ok) throw new Error(`template does not parse: ${res.issues[0]?.message ?? ''}`);
  return res.topology;
}

function edges(pairs: readonly (readonly [string, string])[]): TopologyInput['edges'] {
  return pairs.map(([source, target]) => ({ id: `${source}-${target}`, source, target }));
}

export function allInOne(): Topology {
  return fromInput({
    schemaVersion: 1,
    name: 'All-in-one API-M',
    apimVersion: '3.2.0',
    nodes: [
      { id: 'apim', kind: 'all-in-one', name: 'apim', host: 'localhost', position: { x: 0, y: 0 } },
    ],
    edges: [],
  });
}

/** Document 000: one all-in-one node and two gateways on the same host, at offsets 0, 1 and 2. */
export function multiGateway(): Topology {
  return fromInput({
    schemaVersion: 1,
    name: 'All-in-one with production and sandbox gateways (document 000)',
    apimVersion: '3.2.0',
    nodes: [
      {
        id: 'apim',
        kind: 'all-in-one',
        name: 'apim',
        host: 'localhost',
        offset: 0,
        position: { x: 150, y: 0 },
      },
      {
        id: 'gw-production',
        kind: 'gateway',
        name: 'gw-production',
        host: 'localhost',
        offset: 1,
        position: { x: 0, y: 220 },
        environment: {
          name: 'Production Gateway',
          type: 'production',
          description: 'Production gateway environment',
        },
      },
      {
        id: 'gw-sandbox',
        kind: 'gateway',
        name: 'gw-sandbox',
        host: 'localhost',
        offset: 2,
        position: { x: 300, y: 220 },
        environment: {
          name: 'Sandbox Gateway',
          type: 'sandbox',
          description: 'Sandbox gateway environment',
        },
      },
    ],
    edges: edges([
      ['apim', 'gw-production'],
      ['apim', 'gw-sandbox'],
    ]),
  });
}

/** Documents 002/004: the five-node distributed setup (the repository's example file). */
export async function distributed(): Promise<Topology> {
  const mod = await import('@apim-designer/examples/distributed-3.2.0.json');
  const res = parseTopology(mod.default);
  if (!res.ok) throw new Error('the distributed example does not parse');
  return res.topology;
}

const ROLES = [
  { kind: 'key-manager', prefix: 'km', lb: true },
  { kind: 'publisher', prefix: 'pub', lb: true },
  { kind: 'devportal', prefix: 'devportal', lb: true },
  { kind: 'gateway', prefix: 'gw', lb: true },
  { kind: 'traffic-manager', prefix: 'tm', lb: true },
] as const;

/**
 * Two of each role, each pair behind a load balancer, one database: the wiring of
 * examples/ha-3.2.0.json. Every node reaches the Key Managers and the Traffic Managers through
 * their load balancers (the generator still writes each Traffic Manager's binary and AMQP URLs).
 */
export function highAvailability(): Topology {
  const nodes: NodeInput[] = [];
  const pairs: [string, string][] = [];
  ROLES.forEach((role, col) => {
    const x = col * 260;
    if (role.lb) {
      const lb = `lb-${role.prefix}`;
      nodes.push({
        id: lb,
        kind: 'load-balancer',
        name: lb,
        host: `${role.prefix}.wso2.com`,
        fronts: role.kind,
        position: { x: x + 20, y: 0 },
      });
    }
    for (const i of [1, 2]) {
      const id = `${role.prefix}-${i}`;
      const base = {
        id,
        name: id,
        host: `${id}.wso2.com`,
        position: { x, y: 140 + (i - 1) * 130 },
      };
      // Gateways get the default environment ("Production and Sandbox"): one cluster, one environment.
      nodes.push({ ...base, kind: role.kind });
      if (role.lb) pairs.push([`lb-${role.prefix}`, id]);
      pairs.push(['db', id]);
    }
  });
  const members = (prefix: string) => [`${prefix}-1`, `${prefix}-2`];
  // Everyone reaches the Key Managers and the Traffic Managers through their load balancers.
  for (const c of [...members('gw'), ...members('pub'), ...members('devportal')]) {
    pairs.push(['lb-km', c]);
    pairs.push(['lb-tm', c]);
  }
  for (const km of members('km')) pairs.push(['lb-tm', km]);
  for (const tm of members('tm')) pairs.push(['lb-km', tm]);
  for (const c of [...members('pub'), ...members('devportal')]) pairs.push(['lb-gw', c]);
  for (const c of members('pub')) pairs.push(['lb-devportal', c]);
  nodes.push({
    id: 'db',
    kind: 'database',
    name: 'db',
    host: 'db.wso2.com',
    engine: 'mysql',
    position: { x: 520, y: 480 },
  });
  return fromInput({
    schemaVersion: 1,
    name: 'Fully distributed, highly available API-M',
    apimVersion: '3.2.0',
    // Nodes on several hosts: a TLS keystore each and one primary keystore (certs/make-certs.sh).
    settings: { ...SEPARATE_STORES },
    nodes,
    edges: edges(pairs),
  });
}

const LOADERS: Record<TemplateInfo['id'], () => Promise<Topology>> = {
  'all-in-one': async () => allInOne(),
  'multi-gateway': async () => multiGateway(),
  distributed,
  'high-availability': async () => highAvailability(),
};

export const TEMPLATES: readonly Template[] = TEMPLATE_LIST.map((t) => ({
  ...t,
  load: LOADERS[t.id],
}));
