/**
 * A file's node kind: from `[server] server_role`, or from the keys it has. Both come from the kind
 * modules: each kind's `serverRole` in every release (and the roles older guides wrote), its cache
 * domain, and its import hints.
 */
import type { ImportHint } from '../kinds/definition.js';
import type { ApimKind } from '../kinds/meta-registry.js';
import { APIM_KINDS } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TomlTable } from '../toml.js';
import { textAt } from '../toml-read.js';
import { APIM_VERSIONS, VERSIONS } from '../versions.js';
import type { KindSource } from './types.js';

/** `server_role` → kind, over every release; a role two kinds claim would be a registry bug (tested). */
export const SERVER_ROLES: ReadonlyMap<string, ApimKind> = new Map(
  APIM_KINDS.flatMap((kind) => {
    const def = apimKind(kind);
    const roles = new Set([
      ...APIM_VERSIONS.map((v) => def.serverRole(VERSIONS[v])),
      ...def.importedServerRoles,
    ]);
    return [...roles].map((role): [string, ApimKind] => [role, kind]);
  }),
);

/** `[apim.cache_invalidation] domain` → kind. */
const DOMAIN_KINDS: ReadonlyMap<string, ApimKind> = new Map(
  APIM_KINDS.flatMap((kind): [string, ApimKind][] => {
    const domain = apimKind(kind).cacheDomain;
    return domain ? [[domain, kind]] : [];
  }),
);

interface RankedHint extends ImportHint {
  readonly kind: ApimKind;
}

/** Every kind's hints, in the order they are tried. */
const HINTS: readonly RankedHint[] = APIM_KINDS.flatMap((kind) =>
  apimKind(kind).importHints.map((h) => ({ ...h, kind })),
).sort((a, b) => a.rank - b.rank);

export interface KindFinding {
  readonly kind: ApimKind;
  readonly how: KindSource;
  readonly detail: string;
  /** A `server_role` we do not know, for the report. */
  readonly unknownRole?: string;
}

function inferKind(data: TomlTable): { kind: ApimKind; detail: string } {
  const domain = textAt(data, ['apim', 'cache_invalidation', 'domain']);
  const domainKind = domain === undefined ? undefined : DOMAIN_KINDS.get(domain);
  if (domainKind)
    return { kind: domainKind, detail: `[apim.cache_invalidation] domain = "${domain}"` };
  const hint = HINTS.find((h) => h.matches(data));
  if (hint) return { kind: hint.kind, detail: hint.detail };
  // The kinds' hints end with a catch-all; without one, the first kind that needs no profile.
  const fallback = APIM_KINDS.find((k) => apimKind(k).standalone) ?? APIM_KINDS[0];
  if (!fallback) throw new Error('no API-M kind is registered');
  return { kind: fallback, detail: 'no role-specific keys (the product default)' };
}

export function findKind(data: TomlTable): KindFinding {
  const role = textAt(data, ['server', 'server_role'])?.trim();
  const mapped = role === undefined ? undefined : SERVER_ROLES.get(role);
  if (role !== undefined && mapped) return { kind: mapped, how: 'server_role', detail: role };
  const inferred = inferKind(data);
  return { ...inferred, how: 'inferred from keys', unknownRole: role };
}
