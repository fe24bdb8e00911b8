/**
 * What to connect to, to check that a deployment's nodes reach each other as the design says: for
 * every edge, every endpoint a node's configuration names on the other side (read from the design's
 * own render, so each release's and kind's URLs come from the one place that writes them), the
 * database and key-value store ports, and a load balancer's members. Pure: it opens nothing; the
 * command line runs the plan (apps/cli/src/verify/probe-run.ts).
 */
import { hasErrors } from '../diagnostics.js';
import { isValidHost } from '../fields.js';
import { isApimNode, isLoadBalancer } from '../kinds/guards.js';
import { kindLabel, servesApiTraffic } from '../kinds/meta-registry.js';
import { serverListener } from '../kinds/servers.js';
import { listeners } from '../listeners.js';
import { TopologyModel } from '../model.js';
import { portAt } from '../ports.js';
import { nodeFragments } from '../render/fragments-2x.js';
import { nodeConfig } from '../render/node-config.js';
import { tomlData, type TomlValue } from '../toml.js';
import { isTable } from '../toml-read.js';
import type { ApimNode, Node, Topology } from '../topology.js';
import { validateModel } from '../validate/index.js';
import { parseUrl } from '../import/urls.js';
import { xmlValue } from './drift-2x.js';
import type { EdgeRefOut } from './types.js';

/** `tcp`: connect; `tls`: connect and handshake; `https`: handshake and GET a status URL. */
export type ProbeProtocol = 'tcp' | 'tls' | 'https';

export interface Probe {
  readonly edge: EdgeRefOut;
  /** The node whose view this is (the client). */
  readonly from: string;
  /** The node that listens (a load balancer, or a cluster member reached directly). */
  readonly to: string;
  readonly host: string;
  readonly port: number;
  readonly protocol: ProbeProtocol;
  /** The status URL `https` probes GET (WSO2's `Version` admin service). */
  readonly path?: string;
  /** False for addresses only shown to API consumers (a gateway's endpoints in the portal). */
  readonly required: boolean;
  /** What the connection is for, and the configuration key that names it. */
  readonly why: string;
}

export type ProbePlan =
  | { readonly ok: true; readonly probes: readonly Probe[] }
  | { readonly ok: false; readonly message: string };

/** WSO2's `Version` admin service answers on the management transport (docs: basic health checks). */
export const STATUS_PATH = '/services/Version';

const TLS_SCHEMES = new Set(['https', 'wss', 'ssl', 'amqps']);
const DEFAULT_PORTS: Readonly<Record<string, number>> = { https: 443, wss: 443, http: 80, ws: 80 };
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s,{}'";<>]+/gi;

/** Short purposes of the keys that name other nodes; `shown`: only listed for API consumers. */
const PURPOSES: readonly { pattern: RegExp; what: string; shown?: true }[] = [
  { pattern: /key_manager\.|AuthManager|APIKeyValidator/, what: 'key validation' },
  { pattern: /throttle_decision_endpoints|JMSConnection/, what: 'throttling decisions (AMQP)' },
  { pattern: /url_group|ReceiverUrlGroup|AuthUrlGroup/, what: 'throttle events' },
  { pattern: /throttling\.service_url|PolicyDeployer/, what: 'throttling policies' },
  { pattern: /event_hub\./, what: 'event hub (APIs, keys, policies)' },
  { pattern: /environment.*service_url|Environments.*ServerURL/, what: 'API deployment' },
  {
    pattern: /environment|GatewayEndpoint/,
    what: 'gateway URL shown to API consumers',
    shown: true,
  },
  { pattern: /devportal\.url|APIStore/, what: 'Developer Portal link', shown: true },
  { pattern: /revoke|notification_endpoint/i, what: 'token revocation' },
  { pattern: /event_duplicate_url/, what: 'events duplicated to the other members' },
];

function purpose(key: string): { what: string; required: boolean } {
  const p = PURPOSES.find((x) => x.pattern.test(key));
  return { what: p?.what ?? key, required: p?.shown !== true };
}

/** Every URL in a node's rendered configuration, with the key that holds it. */
function urlsOf(value: TomlValue, key: string, out: { key: string; url: string }[] = []) {
  if (typeof value === 'string') {
    for (const m of value.matchAll(URL_IN_TEXT)) out.push({ key, url: m[0].replace(/\?.*$/, '') });
  } else if (Array.isArray(value)) value.forEach((v) => urlsOf(v, key, out));
  else if (isTable(value))
    for (const [k, v] of Object.entries(value)) urlsOf(v, key ? `${key}.${k}` : k, out);
  return out;
}

function configuredUrls(model: TopologyModel, node: ApimNode) {
  if (model.version.configFormat === 'xml-fragments') {
    return [...nodeFragments(model, node).values()]
      .flat()
      .flatMap((f) => urlsOf(xmlValue(f.element), f.path));
  }
  return urlsOf(tomlData(nodeConfig(model, node)), '');
}

/** The neighbour (or a member behind a neighbouring balancer) that listens on host:port. */
function ownerOf(model: TopologyModel, other: Node, host: string, port: number): Node | undefined {
  const listensOn = (n: Node) =>
    n.host.toLowerCase() === host && listeners(model, n).some((l) => l.port === port);
  if (listensOn(other)) return other;
  if (isLoadBalancer(other)) return model.clusterBehind(other.id)?.members.find(listensOn);
  return undefined;
}

function ref(index: number, id: string | undefined): EdgeRefOut {
  return id === undefined ? { index } : { index, id };
}

function serverProbes(model: TopologyModel, client: Node, server: Node, edge: EdgeRefOut): Probe[] {
  const listener = serverListener(server);
  if (!listener || !isApimNode(client)) return [];
  const tls = 'ssl' in server && server.ssl === true;
  return [
    {
      edge,
      from: client.id,
      to: server.id,
      host: server.host,
      port: listener.port,
      protocol: tls ? 'tls' : 'tcp',
      required: true,
      why: `${listener.what} (${listener.protocol}) for ${client.name}`,
    },
  ];
}

function memberProbes(model: TopologyModel, lb: Node, member: ApimNode, edge: EdgeRefOut): Probe[] {
  if (!isLoadBalancer(lb)) return [];
  const forwards = [
    { port: portAt('https', member.offset), what: 'management and portals' },
    ...(servesApiTraffic(lb.fronts)
      ? [{ port: portAt('passthroughHttps', member.offset), what: 'API traffic' }]
      : []),
  ];
  return forwards.map(({ port, what }, i) => ({
    edge,
    from: lb.id,
    to: member.id,
    host: member.host,
    port,
    protocol: i === 0 ? 'https' : 'tls',
    ...(i === 0 ? { path: STATUS_PATH } : {}),
    required: true,
    why: `${lb.name} forwards ${what} to this ${kindLabel(member.kind)} (nginx upstream)`,
  }));
}

function urlProbes(
  model: TopologyModel,
  urls: readonly { key: string; url: string }[],
  client: ApimNode,
  other: Node,
  edge: EdgeRefOut,
): Probe[] {
  // Databases and key-value stores are probed at their port (serverProbes), not at their JDBC URLs.
  if (serverListener(other)) return [];
  const out: Probe[] = [];
  for (const { key, url } of urls) {
    const parsed = parseUrl(url);
    if (!parsed || !isValidHost(parsed.host)) continue;
    const port = typeof parsed.port === 'number' ? parsed.port : DEFAULT_PORTS[parsed.scheme];
    if (port === undefined) continue;
    const owner = ownerOf(model, other, parsed.host, port);
    // A node's own addresses (a cluster member publishing to itself) are no connection.
    if (!owner || owner.id === client.id) continue;
    const tls = TLS_SCHEMES.has(parsed.scheme);
    const { what, required } = purpose(key);
    // Admin services (every `service_url`): WSO2's Version service answers on the same transport.
    const status =
      required && parsed.scheme === 'https' && /^https:\/\/[^/]+\/services\//.test(url);
    out.push({
      edge,
      from: client.id,
      to: owner.id,
      host: parsed.host,
      port,
      protocol: status ? 'https' : tls ? 'tls' : 'tcp',
      ...(status ? { path: STATUS_PATH } : {}),
      required,
      why: `${what}: ${key} = ${url}`,
    });
  }
  return out;
}

const RANK: Readonly<Record<ProbeProtocol, number>> = { tcp: 0, tls: 1, https: 2 };

/** One probe per (edge, from, host, port): the reasons joined, required if any is, the fullest check. */
function merge(probes: readonly Probe[]): Probe[] {
  const byKey = new Map<string, Probe>();
  for (const p of probes) {
    const k = [p.edge.index, p.from, p.host, p.port].join('\u0000');
    const seen = byKey.get(k);
    if (!seen) {
      byKey.set(k, p);
      continue;
    }
    const fuller = RANK[p.protocol] > RANK[seen.protocol] ? p : seen;
    byKey.set(k, {
      ...fuller,
      required: seen.required || p.required,
      why: seen.why.includes(p.why) ? seen.why : `${seen.why}; ${p.why}`,
    });
  }
  return [...byKey.values()];
}

/** The node `from` names (an id or a name), or why not. */
export function resolveNode(topology: Topology, from: string): Node | string {
  const found =
    topology.nodes.find((n) => n.id === from) ??
    topology.nodes.find((n) => n.name.toLowerCase() === from.toLowerCase());
  return (
    found ??
    `no node "${from}" in the design (nodes: ${topology.nodes.map((n) => n.id).join(', ')})`
  );
}

export function probePlan(topology: Topology, from?: string): ProbePlan {
  const fromNode = from === undefined ? undefined : resolveNode(topology, from);
  if (typeof fromNode === 'string') return { ok: false, message: fromNode };
  const model = new TopologyModel(topology);
  const diagnostics = validateModel(model);
  if (hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return {
      ok: false,
      message: `The design has errors; fix them before probing the deployment: ${errors
        .slice(0, 3)
        .map((d) => `${d.code}: ${d.message}`)
        .join(' ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`,
    };
  }
  const probes: Probe[] = [];
  const rendered = new Map<string, { key: string; url: string }[]>();
  const urls = (n: ApimNode) => {
    let list = rendered.get(n.id);
    if (!list) rendered.set(n.id, (list = configuredUrls(model, n)));
    return list;
  };
  for (const { index, id } of model.validEdges) {
    const e = topology.edges[index];
    const a = e && model.node(e.source);
    const b = e && model.node(e.target);
    if (!a || !b) continue;
    const edge = ref(index, id);
    for (const [client, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (isLoadBalancer(client) && isApimNode(other) && other.kind === client.fronts)
        probes.push(...memberProbes(model, client, other, edge));
      else if (isApimNode(client)) {
        probes.push(...serverProbes(model, client, other, edge));
        probes.push(...urlProbes(model, urls(client), client, other, edge));
      }
    }
  }
  const mine = fromNode ? probes.filter((p) => p.from === fromNode.id) : probes;
  return { ok: true, probes: merge(mine) };
}
