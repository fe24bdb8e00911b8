/**
 * What differs between the API-M releases the designer targets: one entry per release (releases/),
 * each a table of capabilities. Code asks for a capability (`version.eventHub`), never for a release
 * line or a version string, so a release that differs from its neighbours is one new entry.
 * docs/extending.md lists what else a new release touches.
 */
import {
  APIM_VERSIONS,
  type ApimVersion,
  type DatabaseName,
  type DbUse,
  type VersionFacts,
} from './releases/facts.js';
import { FOUR_FIVE, FOUR_SEVEN, FOUR_SIX } from './releases/four-five.js';
import { FOUR_FOUR, FOUR_ONE, FOUR_THREE, FOUR_TWO, FOUR_ZERO } from './releases/four.js';
import { THREE_ONE, THREE_TWO, TWO_SIX } from './releases/two-three.js';
import type { Role } from './roles.js';

export { APIM_VERSIONS };
export type {
  ApimVersion,
  ConfigFormat,
  DatabaseName,
  DbUse,
  Distribution,
  DistributionName,
  JdbcSettings,
  KeyManagerNode,
  ReadmeNote,
  VersionFacts,
} from './releases/facts.js';

export const VERSIONS: Readonly<Record<ApimVersion, VersionFacts>> = {
  '2.6.0': TWO_SIX,
  '3.1.0': THREE_ONE,
  '3.2.0': THREE_TWO,
  '4.0.0': FOUR_ZERO,
  '4.1.0': FOUR_ONE,
  '4.2.0': FOUR_TWO,
  '4.3.0': FOUR_THREE,
  '4.4.0': FOUR_FOUR,
  '4.5.0': FOUR_FIVE,
  '4.6.0': FOUR_SIX,
  '4.7.0': FOUR_SEVEN,
};

export function versionFacts(version: ApimVersion): VersionFacts {
  return VERSIONS[version];
}

/** The release a new, empty topology targets. */
export const DEFAULT_VERSION: ApimVersion = '3.2.0';

/**
 * The release assumed for imported files that do not say theirs, by what they hold. Explicit, so that
 * adding a release never changes what an import assumes (a newer release is chosen only by keys that
 * only it reads).
 */
export const IMPORT_ASSUMPTIONS = {
  /** Files with a control plane or `[apim.event_hub]`. */
  eventHub: '4.4.0',
  /** Distributed 3.x files with a key only 3.2 writes, or a single all-in-one file. */
  withThreeTwoKeys: '3.2.0',
  /** Distributed 3.x files without any 3.2-only key. */
  withoutThreeTwoKeys: '3.1.0',
} as const satisfies Record<string, ApimVersion>;

export function isApimVersion(value: string): value is ApimVersion {
  return (APIM_VERSIONS as readonly string[]).includes(value);
}

/** How a node of these roles uses a database in a release: the strongest use of any of its roles. */
export function databaseUse(
  which: DatabaseName,
  roles: readonly Role[],
  version: VersionFacts,
): DbUse | undefined {
  const uses = roles.map((r) => version.databases[which][r]);
  if (uses.includes('shared')) return 'shared';
  return uses.includes('own') ? 'own' : undefined;
}
