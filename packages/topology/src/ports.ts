/**
 * Every listening port of an API-M node and how `[server] offset` moves it
 * (../shared/reference/wso2-config-model.md §2). Every URL the generators write takes its port from
 * here, with the offset of the node it points at.
 */
import type { Role } from './roles.js';
import type { VersionFacts } from './versions.js';

export interface PortDefinition {
  /** Port at offset 0. */
  readonly base: number;
  readonly protocol: string;
  readonly purpose: string;
  /** Whether `[server] offset` moves it (Hazelcast's member port does not). */
  readonly shifts: boolean;
  /** Roles whose nodes listen on it; an all-in-one node listens on all of them. */
  readonly roles: readonly Role[] | 'all';
  /** Only open when clustering is enabled. */
  readonly onlyWithClustering?: boolean;
  /** Only in releases with this capability (all when omitted). */
  readonly requires?: 'websubPorts';
}

const GATEWAY: readonly Role[] = ['gateway'];
const TRAFFIC_MANAGER: readonly Role[] = ['traffic-manager'];

export const PORTS = {
  https: {
    base: 9443,
    protocol: 'https',
    purpose: 'management / servlet HTTPS (admin services, portals, /internal/data/v1, /oauth2)',
    shifts: true,
    roles: 'all',
  },
  http: {
    base: 9763,
    protocol: 'http',
    purpose: 'management / servlet HTTP',
    shifts: true,
    roles: 'all',
  },
  passthroughHttp: {
    base: 8280,
    protocol: 'http',
    purpose: 'gateway pass-through (API traffic)',
    shifts: true,
    roles: GATEWAY,
  },
  passthroughHttps: {
    base: 8243,
    protocol: 'https',
    purpose: 'gateway pass-through (API traffic)',
    shifts: true,
    roles: GATEWAY,
  },
  websocket: {
    base: 9099,
    protocol: 'ws',
    purpose: 'gateway WebSocket inbound endpoint',
    shifts: true,
    roles: GATEWAY,
  },
  websocketSecure: {
    base: 8099,
    protocol: 'wss',
    purpose: 'gateway secure WebSocket inbound endpoint',
    shifts: true,
    roles: GATEWAY,
  },
  binary: {
    base: 9611,
    protocol: 'tcp',
    purpose: 'binary event receiver (throttle events)',
    shifts: true,
    roles: TRAFFIC_MANAGER,
  },
  binarySsl: {
    base: 9711,
    protocol: 'ssl',
    purpose: 'binary event receiver, authentication / SSL',
    shifts: true,
    roles: TRAFFIC_MANAGER,
  },
  websubHttp: {
    base: 9021,
    protocol: 'http',
    purpose: 'gateway WebSub / WebHook event receiver',
    shifts: true,
    roles: GATEWAY,
    requires: 'websubPorts',
  },
  websubHttps: {
    base: 8021,
    protocol: 'https',
    purpose: 'gateway WebSub / WebHook event receiver',
    shifts: true,
    roles: GATEWAY,
    requires: 'websubPorts',
  },
  amqp: {
    base: 5672,
    protocol: 'amqp',
    purpose: 'embedded broker (throttle decisions, notifications)',
    shifts: true,
    roles: TRAFFIC_MANAGER,
  },
  amqpSsl: {
    base: 8672,
    protocol: 'amqps',
    purpose: 'embedded broker over SSL',
    shifts: true,
    roles: TRAFFIC_MANAGER,
  },
  jmxRegistry: {
    base: 9999,
    protocol: 'rmi',
    purpose: 'JMX RMI registry',
    shifts: true,
    roles: 'all',
  },
  jmxServer: {
    base: 11111,
    protocol: 'rmi',
    purpose: 'JMX RMI server',
    shifts: true,
    roles: 'all',
  },
  hazelcast: {
    base: 4000,
    protocol: 'tcp',
    purpose: 'Hazelcast member port (clustering only)',
    shifts: false,
    roles: 'all',
    onlyWithClustering: true,
  },
} as const satisfies Record<string, PortDefinition>;

export type PortName = keyof typeof PORTS;

/** The port a node listens on for `name` at its offset. */
export function portAt(name: PortName, offset: number): number {
  const def: PortDefinition = PORTS[name];
  return def.shifts ? def.base + offset : def.base;
}

/**
 * The ports a node of these roles opens at this offset (clustering ports excluded unless enabled;
 * without a release, every release's ports). Used for collision checks between nodes on one host.
 */
export function listeningPorts(
  roles: readonly Role[],
  offset: number,
  clustering = false,
  version?: VersionFacts,
): { name: PortName; port: number }[] {
  const out: { name: PortName; port: number }[] = [];
  for (const name of Object.keys(PORTS) as PortName[]) {
    const def: PortDefinition = PORTS[name];
    if (def.onlyWithClustering && !clustering) continue;
    if (def.requires && version && !version[def.requires]) continue;
    const opens = def.roles === 'all' || def.roles.some((r) => roles.includes(r));
    if (opens) out.push({ name, port: portAt(name, offset) });
  }
  return out;
}

/** Highest offset that keeps every shifted port a valid TCP port. */
export const MAX_OFFSET = 65535 - Math.max(...Object.values(PORTS).map((p) => p.base));
