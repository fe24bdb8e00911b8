/**
 * What a difference breaks, for the keys whose meaning the design knows (the connections it writes),
 * and which of the design's edges carry it. Targets are named from the model (the node a URL's host
 * and port belong to), never from a kind's name.
 */
import { isLoadBalancer } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import { listeners } from '../listeners.js';
import type { TopologyModel } from '../model.js';
import type { Node } from '../topology.js';
import type { TomlValue } from '../toml.js';
import { isTable } from '../toml-read.js';
import { parseUrl } from '../import/urls.js';
import { isValidHost } from '../fields.js';
import type { EdgeRefOut } from './types.js';

/** Every string in a value (arrays and tables walked). */
export function strings(value: TomlValue | undefined, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (isTable(value)) for (const v of Object.values(value)) strings(v, into);
  return into;
}

/** Host names and addresses a value names: in URLs (`scheme://host:port`, JDBC's `@host:port`) or alone. */
export function hostsIn(value: TomlValue | undefined): Set<string> {
  const hosts = new Set<string>();
  for (const s of strings(value)) {
    for (const m of s.matchAll(/(?:\/\/|@)(\[[^\]]+\]|[A-Za-z0-9_.-]+)(?::\d+)?/g))
      if (m[1]) hosts.add(m[1].replace(/^\[|\]$/g, '').toLowerCase());
    if (/^[A-Za-z0-9.-]+$/.test(s) && s.includes('.')) hosts.add(s.toLowerCase());
  }
  return hosts;
}

/** `tm2 (Traffic Manager, tm2.wso2.com:5672)`: the design's node a URL points at, or `no node of the design`. */
export function describeUrl(model: TopologyModel, url: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return url;
  const port = typeof parsed.port === 'number' ? parsed.port : undefined;
  const onHost = model.nodes.filter((n) => n.host.toLowerCase() === parsed.host);
  const owner =
    onHost.find((n) => port !== undefined && listeners(model, n).some((l) => l.port === port)) ??
    (onHost.length === 1 ? onHost[0] : undefined);
  if (!owner) return `${url} (no node of the design listens there)`;
  return `${url} (${kindLabel(owner.kind)} ${owner.name})`;
}

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s,{}'";<>]+/gi;

/** The URLs in a value, also inside 2.x lists (`{tcp://a:9611},{tcp://b:9611}`) and JMS strings. */
function urlsOf(value: TomlValue | undefined): string[] {
  return strings(value)
    .flatMap((s) => [...s.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(/\?.*$/, '')))
    .filter((u) => {
      const host = parseUrl(u)?.host;
      return host !== undefined && isValidHost(host);
    });
}

/** `misses …; adds …` for two lists of URLs, or the design's targets when nothing is listed twice. */
function urlChange(
  model: TopologyModel,
  design: TomlValue | undefined,
  live: TomlValue | undefined,
): string {
  const d = urlsOf(design);
  const l = urlsOf(live);
  const gone = d.filter((u) => !l.includes(u));
  const added = l.filter((u) => !d.includes(u));
  const parts: string[] = [];
  if (gone.length > 0) parts.push(`misses ${gone.map((u) => describeUrl(model, u)).join(', ')}`);
  if (added.length > 0)
    parts.push(
      `${gone.length > 0 ? 'points at' : 'also points at'} ${added.map((u) => describeUrl(model, u)).join(', ')}${gone.length > 0 ? ' instead' : ''}`,
    );
  return parts.join('; ');
}

interface Rule {
  readonly pattern: RegExp;
  /** The edges it carries are all the node's (its host, its port offset, its TLS identity). */
  readonly allEdges?: boolean;
  readonly breaks: (change: string) => string;
}

const lead = (change: string) => (change ? `${change}: ` : '');

/** Keys the design writes with a known meaning. The first matching rule wins. */
const RULES: readonly Rule[] = [
  {
    pattern: /^apim\.throttling\.throttle_decision_endpoints$|^apim\.throttling\.jms\./,
    breaks: (c) =>
      `${lead(c)}throttling decisions from that Traffic Manager do not reach this node, so requests over a limit are not stopped`,
  },
  {
    pattern: /^apim\.throttling\.url_group/,
    breaks: (c) =>
      `${lead(c)}throttle events are not published to that Traffic Manager, so its counters miss this node's traffic`,
  },
  {
    pattern: /^apim\.throttling\.(service_url|username|password)$/,
    breaks: (c) =>
      `${lead(c)}the Traffic Manager's admin services (throttling policies) are called elsewhere than the design says`,
  },
  {
    pattern: /^apim\.event_hub\./,
    breaks: (c) =>
      `${lead(c)}no APIs, keys or policies from the control plane: what is changed there does not reach this node`,
  },
  {
    pattern: /^apim\.key_manager\./,
    breaks: (c) =>
      `${lead(c)}key validation: this node checks tokens at another Key Manager than the design's, or at none`,
  },
  {
    pattern:
      /^apim\.gateway\.environment\.(service_url|username|password)$|^apim\.gateway\.environment$/,
    breaks: (c) =>
      `${lead(c)}publishing: APIs are deployed to another gateway environment than the design's, or to none`,
  },
  {
    pattern: /^apim\.gateway\.environment\./,
    breaks: (c) => `${lead(c)}the gateway URLs shown to API consumers differ from the design's`,
  },
  {
    pattern: /^apim\.sync_runtime_artifacts\./,
    breaks: (c) =>
      `${lead(c)}this gateway deploys the APIs of other environments than the design's`,
  },
  {
    pattern: /^database\.[^.]+\.(url|hostname|port|type|driver|sid|db_name)$/,
    breaks: (c) =>
      `${lead(c)}data not shared: this node reads a database other than the one the design gives it (and the nodes it shares it with)`,
  },
  {
    pattern: /^(keystore|truststore)\./,
    allEdges: true,
    breaks: (c) =>
      `${lead(c)}TLS trust: the certificate this node presents, or the ones it trusts, differ from the design's, so handshakes with the other nodes may fail`,
  },
  {
    pattern: /^server\.(hostname|offset)$/,
    allEdges: true,
    breaks: (c) =>
      `${lead(c)}every URL of this node: the design's other nodes reach it at the design's host and ports, not at these`,
  },
  {
    pattern: /^server\.server_role$/,
    breaks: () => 'the node starts in another role than the design gives it',
  },
  {
    pattern: /^apim\.oauth_config\.revoke_endpoint$|^event_listener/,
    breaks: (c) => `${lead(c)}token revocation events do not reach the nodes the design says`,
  },
  {
    pattern: /^apim\.devportal\.url$/,
    breaks: (c) => `${lead(c)}the Developer Portal link points elsewhere than the design's`,
  },
  {
    pattern: /^apim\.distributed_throttling\./,
    breaks: (c) =>
      `${lead(c)}throttle counters are not shared in the design's Redis: each Traffic Manager counts alone`,
  },
  {
    pattern: /^apim\.cache_invalidation\./,
    breaks: (c) => `${lead(c)}caches are not invalidated across the nodes the design groups`,
  },
  {
    pattern: /^encryption\.key$/,
    allEdges: true,
    breaks: () =>
      'data encrypted by the other nodes cannot be decrypted here (every node needs the same key)',
  },
  // API-M 2.x: the elements of the fragments (XML paths).
  {
    pattern: /ThrottlingConfigurations\/JMSConnectionDetails/,
    breaks: (c) =>
      `${lead(c)}throttling decisions from that Traffic Manager do not reach this node, so requests over a limit are not stopped`,
  },
  {
    pattern: /ThrottlingConfigurations\/TrafficManager\//,
    breaks: (c) =>
      `${lead(c)}throttle events are not published to that Traffic Manager, so its counters miss this node's traffic`,
  },
  {
    pattern: /ThrottlingConfigurations\/PolicyDeployer/,
    breaks: (c) =>
      `${lead(c)}throttling policies are deployed elsewhere than the design's Traffic Managers`,
  },
  {
    pattern: /^\/APIManager\/(AuthManager|APIKeyValidator)\//,
    breaks: (c) =>
      `${lead(c)}key validation and key management go to another Key Manager than the design's, or to none`,
  },
  {
    pattern: /^\/APIManager\/APIGateway\/Environments/,
    breaks: (c) =>
      `${lead(c)}publishing: APIs are deployed to other gateways than the design's, or to none`,
  },
  {
    pattern: /^\/APIManager\/APIStore\/URL$/,
    breaks: (c) => `${lead(c)}the Developer Portal link points elsewhere than the design's`,
  },
  {
    pattern: /^\/APIManager\/OAuthConfigurations\/RevokeAPIURL$/,
    breaks: (c) =>
      `${lead(c)}token revocation (and the token API derived from it) go elsewhere than the design's gateway`,
  },
  {
    pattern: /^\/datasources-configuration\/|^\/UserManager\/|^\/wso2registry\//,
    breaks: (c) =>
      `${lead(c)}data not shared: this node reads a database other than the one the design gives it (and the nodes it shares it with)`,
  },
  {
    pattern: /^\/Server\/(HostName|MgtHostName|Ports\/Offset)$/,
    allEdges: true,
    breaks: (c) =>
      `${lead(c)}every URL of this node: the design's other nodes reach it at the design's host and ports, not at these`,
  },
  {
    pattern: /^clustering\./,
    breaks: (c) => `${lead(c)}the cluster members do not find each other as the design says`,
  },
];

function ruleFor(norm: string): Rule | undefined {
  return RULES.find((r) => r.pattern.test(norm));
}

/** Whether the design knows what this key means (a connection it writes), wherever it is. */
export function isKnownKey(norm: string): boolean {
  return ruleFor(norm) !== undefined;
}

export function breaks(
  model: TopologyModel,
  norm: string,
  design: TomlValue | undefined,
  live: TomlValue | undefined,
): string | undefined {
  const rule = ruleFor(norm);
  if (!rule) return undefined;
  const change = urlChange(model, design, live);
  // Something the design does not have at all: what it breaks is not known, only that it is extra.
  if (design === undefined)
    return `${change ? `${change}: ` : ''}a connection the design does not give this node`;
  return rule.breaks(change);
}

function hostsOf(model: TopologyModel, n: Node): string[] {
  const own = [n.host.toLowerCase()];
  if (!isLoadBalancer(n)) return own;
  return [...own, ...(model.clusterBehind(n.id)?.members ?? []).map((m) => m.host.toLowerCase())];
}

/** The design's edges of `node` that a key carries: to the nodes its values name, or all for its identity. */
export function edgesOf(
  model: TopologyModel,
  nodeId: string,
  norm: string,
  design: TomlValue | undefined,
  live: TomlValue | undefined,
): EdgeRefOut[] {
  const all = ruleFor(norm)?.allEdges === true;
  const hosts = all ? undefined : new Set([...hostsIn(design), ...hostsIn(live)]);
  if (hosts && hosts.size === 0) return [];
  const out: EdgeRefOut[] = [];
  for (const ref of model.validEdges) {
    const edge = model.topology.edges[ref.index];
    if (!edge || (edge.source !== nodeId && edge.target !== nodeId)) continue;
    const other = model.node(edge.source === nodeId ? edge.target : edge.source);
    if (!other) continue;
    if (!hosts || hostsOf(model, other).some((h) => hosts.has(h)))
      out.push(ref.id === undefined ? { index: ref.index } : { index: ref.index, id: ref.id });
  }
  return out;
}
