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

/**
 * `server_role` → the kinds that write it, the kind that writes it in the most releases first. Several
 * kinds share a role: "default" is every node's from 4.5 (component distributions) and the all-in-one
 * node's before; "control-plane" is also the 4.3/4.4 Key Manager's. Their files are told apart by
 * their keys (the kinds' import hints).
 */
export const SERVER_ROLES: ReadonlyMap<string, readonly ApimKind[]> = (() => {
  const releases = new Map<string, Map<ApimKind, number>>();
  for (const kind of APIM_KINDS) {
    const def = apimKind(kind);
    const roles = [
      ...APIM_VERSIONS.map((v) => def.serverRole(VERSIONS[v])),
      ...def.importedServerRoles,
    ];
    for (const role of roles) {
      const counts = releases.get(role) ?? new Map<ApimKind, number>();
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      releases.set(role, counts);
    }
  }
  return new Map(
    [...releases].map(([role, counts]) => [
      role,
      [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind),
    ]),
  );
})();

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

function inferKind(
  data: TomlTable,
  among: readonly ApimKind[] = APIM_KINDS,
): { kind: ApimKind; detail: string } {
  const domain = textAt(data, ['apim', 'cache_invalidation', 'domain']);
  const domainKind = domain === undefined ? undefined : DOMAIN_KINDS.get(domain);
  if (domainKind && among.includes(domainKind))
    return { kind: domainKind, detail: `[apim.cache_invalidation] domain = "${domain}"` };
  const hint = HINTS.find((h) => among.includes(h.kind) && h.matches(data));
  if (hint) return { kind: hint.kind, detail: hint.detail };
  // The kinds' hints end with a catch-all; without one, the first kind that needs no profile.
  const fallback = among.find((k) => apimKind(k).standalone) ?? among[0];
  if (!fallback) throw new Error('no API-M kind is registered');
  return { kind: fallback, detail: 'no role-specific keys (the product default)' };
}

export function findKind(data: TomlTable): KindFinding {
  const role = textAt(data, ['server', 'server_role'])?.trim();
  const claimers = role === undefined ? undefined : SERVER_ROLES.get(role);
  const [first, ...others] = claimers ?? [];
  if (role !== undefined && first) {
    if (others.length === 0) return { kind: first, how: 'server_role', detail: role };
    // A role several kinds write: the keys decide among them; none that says: its usual kind.
    const hinted = inferKind(data, claimers ?? []);
    return hinted.kind === first
      ? { kind: first, how: 'server_role', detail: role }
      : {
          kind: hinted.kind,
          how: 'inferred from keys',
          detail: `server_role ${role}; ${hinted.detail}`,
        };
  }
  const inferred = inferKind(data);
  return { ...inferred, how: 'inferred from keys', unknownRole: role };
}
