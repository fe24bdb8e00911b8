/** A file's node kind: from `[server] server_role`, or from the keys it has. */
import { apimKind } from '../kinds/registry.js';
import { NODE_KINDS, type NodeKind } from '../kinds/kind.js';
import type { TomlTable } from '../toml.js';
import type { KindSource } from './types.js';
import { tableAt, tablesAt, textAt, valueAt } from './toml-read.js';

/** `server_role` values of 3.x and 4.x (the 3.2 guide's Developer Portal still says `api-store`). */
const SERVER_ROLES: Readonly<Record<string, string>> = {
  'api-key-manager': 'key-manager',
  'traffic-manager': 'traffic-manager',
  'api-publisher': 'publisher',
  'api-devportal': 'devportal',
  'api-store': 'devportal',
  'gateway-worker': 'gateway',
  default: 'all-in-one',
  'control-plane': 'control-plane',
};

/** Roles of kinds this build's registry may not have yet. */
const FALLBACK_ROLES: Readonly<Record<string, readonly string[]>> = {
  'control-plane': ['key-manager', 'publisher', 'devportal', 'event-hub'],
};

function isNodeKind(kind: string): kind is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind);
}

/** The API-M roles a node of this kind plays (none for an unknown kind). */
export function rolesOf(kind: string): readonly string[] {
  if (isNodeKind(kind)) {
    const def = apimKind(kind);
    if (def) return def.roles;
  }
  return FALLBACK_ROLES[kind] ?? [];
}

export interface KindFinding {
  readonly kind: string;
  readonly how: KindSource;
  readonly detail: string;
  /** A `server_role` we do not know, for the report. */
  readonly unknownRole?: string;
}

const DOMAIN_KINDS: Readonly<Record<string, string>> = {
  'km-domain': 'key-manager',
  'publisher-domain': 'publisher',
  'devportal-domain': 'devportal',
};

function inferKind(data: TomlTable): { kind: string; detail: string } {
  const domain = textAt(data, ['apim', 'cache_invalidation', 'domain']);
  const domainKind = domain === undefined ? undefined : DOMAIN_KINDS[domain];
  if (domainKind)
    return { kind: domainKind, detail: `[apim.cache_invalidation] domain = "${domain}"` };
  if (tablesAt(data, ['event_listener']).some((l) => l.id === 'token_revocation'))
    return { kind: 'key-manager', detail: '[[event_listener]] token_revocation' };
  const envs = tablesAt(data, ['apim', 'gateway', 'environment']);
  if (envs.length > 0) {
    if (!envs.some((e) => e.service_url !== undefined))
      return { kind: 'devportal', detail: '[[apim.gateway.environment]] without service_url' };
    if (tableAt(data, ['apim', 'devportal']) || tableAt(data, ['apim', 'throttling']))
      return {
        kind: 'publisher',
        detail:
          '[[apim.gateway.environment]] service_url with [apim.devportal] or [apim.throttling]',
      };
    return { kind: 'all-in-one', detail: '[[apim.gateway.environment]] service_url' };
  }
  if (tableAt(data, ['apim', 'sync_runtime_artifacts', 'gateway']))
    return { kind: 'gateway', detail: '[apim.sync_runtime_artifacts.gateway]' };
  if (tableAt(data, ['apim', 'cors'])) return { kind: 'gateway', detail: '[apim.cors]' };
  if (valueAt(data, ['apim', 'throttling', 'event_duplicate_url']) !== undefined)
    return { kind: 'traffic-manager', detail: '[apim.throttling] event_duplicate_url' };
  if (!tableAt(data, ['apim', 'throttling']) && tableAt(data, ['apim', 'key_manager']))
    return { kind: 'traffic-manager', detail: '[apim.key_manager] without [apim.throttling]' };
  return { kind: 'all-in-one', detail: 'no role-specific keys (the product default)' };
}

export function findKind(data: TomlTable): KindFinding {
  const role = textAt(data, ['server', 'server_role'])?.trim();
  const mapped = role === undefined ? undefined : SERVER_ROLES[role];
  if (role !== undefined && mapped) return { kind: mapped, how: 'server_role', detail: role };
  const inferred = inferKind(data);
  return { ...inferred, how: 'inferred from keys', unknownRole: role };
}
