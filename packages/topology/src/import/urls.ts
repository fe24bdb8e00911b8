/** The URLs in a deployment.toml that name another node, and what each should point at. */
import type { Role } from '../roles.js';
import type { PortName } from '../ports.js';
import type { TomlTable } from '../toml.js';
import { tablesAt, textAt, textsAt } from '../toml-read.js';

export interface ParsedUrl {
  readonly scheme: string;
  /** Lower case, without IPv6 brackets. */
  readonly host: string;
  /** A number, `placeholder` (`${mgt.transport.https.port}`: the target's own port), or none. */
  readonly port: number | 'placeholder' | undefined;
}

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^:/?#@]+)(?::([^/?#]*))?/i;

export function parseUrl(value: string): ParsedUrl | undefined {
  const m = URL_RE.exec(value.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const raw = m[3];
  const port =
    raw === undefined || raw === ''
      ? undefined
      : /^\d+$/.test(raw)
        ? Number(raw)
        : raw.includes('${')
          ? 'placeholder'
          : undefined;
  return { scheme: m[1].toLowerCase(), host: m[2].replace(/^\[|\]$/g, '').toLowerCase(), port };
}

/** A URL reaching a balancer's own ports (80 / 443) carries no port. */
export function portless(url: ParsedUrl): boolean {
  return url.port === undefined && ['http', 'https', 'ws', 'wss'].includes(url.scheme);
}

export interface UrlSlot {
  /** Where in the file, for the report: `apim.key_manager.service_url`. */
  readonly key: string;
  readonly value: string;
  /** The role the target plays. */
  readonly role: Role;
  /** The target's port it names. */
  readonly port: PortName;
  /** Whether it makes an edge (a Traffic Manager's peers do not: they are found by role). */
  readonly edge: boolean;
}

function slots(
  data: TomlTable,
  path: readonly string[],
  role: Role,
  port: PortName,
  edge = true,
): UrlSlot[] {
  return textsAt(data, path).map((value) => ({ key: path.join('.'), value, role, port, edge }));
}

/** Every URL outside `[[apim.gateway.environment]]`, in file order of the generators. */
export function urlSlots(data: TomlTable): UrlSlot[] {
  const out: UrlSlot[] = [
    ...slots(data, ['apim', 'key_manager', 'service_url'], 'key-manager', 'https'),
    ...slots(data, ['apim', 'oauth_config', 'revoke_endpoint'], 'key-manager', 'https'),
    ...slots(data, ['apim', 'throttling', 'service_url'], 'traffic-manager', 'https'),
    ...slots(
      data,
      ['apim', 'throttling', 'throttle_decision_endpoints'],
      'traffic-manager',
      'amqp',
    ),
    ...slots(data, ['apim', 'throttling', 'event_duplicate_url'], 'traffic-manager', 'amqp', false),
    ...slots(data, ['apim', 'devportal', 'url'], 'devportal', 'https'),
    ...slots(data, ['apim', 'event_hub', 'service_url'], 'event-hub', 'https'),
    ...slots(data, ['apim', 'event_hub', 'event_listening_endpoints'], 'event-hub', 'amqp'),
  ];
  tablesAt(data, ['apim', 'throttling', 'url_group']).forEach((group, i) => {
    const key = `apim.throttling.url_group[${i}]`;
    for (const value of textsAt(group, ['traffic_manager_urls']))
      out.push({
        key: `${key}.traffic_manager_urls`,
        value,
        role: 'traffic-manager',
        port: 'binary',
        edge: true,
      });
    for (const value of textsAt(group, ['traffic_manager_auth_urls']))
      out.push({
        key: `${key}.traffic_manager_auth_urls`,
        value,
        role: 'traffic-manager',
        port: 'binarySsl',
        edge: true,
      });
  });
  tablesAt(data, ['event_listener']).forEach((listener, i) => {
    const value = textAt(listener, ['properties', 'notification_endpoint']);
    if (value !== undefined)
      out.push({
        key: `event_listener[${i}].properties.notification_endpoint`,
        value,
        role: 'traffic-manager',
        port: 'https',
        edge: true,
      });
  });
  return out;
}

/** The URLs of one gateway environment, strongest first: the one the Publisher deploys through. */
export const ENVIRONMENT_URLS: readonly { readonly key: string; readonly port: PortName }[] = [
  { key: 'service_url', port: 'https' },
  { key: 'https_endpoint', port: 'passthroughHttps' },
  { key: 'http_endpoint', port: 'passthroughHttp' },
  { key: 'wss_endpoint', port: 'websocketSecure' },
  { key: 'ws_endpoint', port: 'websocket' },
];

export function environmentSlots(data: TomlTable): { env: TomlTable; slots: UrlSlot[] }[] {
  return tablesAt(data, ['apim', 'gateway', 'environment']).map((env, i) => ({
    env,
    slots: ENVIRONMENT_URLS.flatMap(({ key, port }) => {
      const value = textAt(env, [key]);
      return value === undefined
        ? []
        : [
            {
              key: `apim.gateway.environment[${i}].${key}`,
              value,
              role: 'gateway',
              port,
              edge: true,
            },
          ];
    }),
  }));
}
