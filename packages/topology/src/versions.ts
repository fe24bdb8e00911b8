/**
 * What differs between the API-M releases the designer targets. Everything version-dependent that
 * generation or validation needs is a field here, so a new release is one new entry.
 */
import { z } from 'zod';

export const APIM_VERSIONS = ['3.1.0', '3.2.0'] as const;
export const ApimVersion = z.enum(APIM_VERSIONS);
export type ApimVersion = z.infer<typeof ApimVersion>;

/** The API-M roles a node can play; an all-in-one node plays all of them. */
export const ROLES = [
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
] as const;
export type Role = (typeof ROLES)[number];

export interface VersionFacts {
  readonly version: ApimVersion;
  /** Start script under <API-M_HOME>/bin. */
  readonly startScript: string;
  /** `-Dprofile=` value and `[server] server_role` per role (3.1/3.2 use the same names). */
  readonly profile: Readonly<Record<Role, string>>;
  /** `server_role` of a node started with no profile. */
  readonly allInOneServerRole: string;
  /** Roles that read WSO2AM_DB (`[database.apim_db]`); every API-M node reads WSO2SHARED_DB. */
  readonly rolesNeedingApimDb: readonly Role[];
  /** The Key Manager's `[[event_listener]]` token-revocation notifier to the Traffic Manager (3.2). */
  readonly keyManagerRevocationNotifier: boolean;
  /**
   * `[apim.cache_invalidation]`: 'no' (3.1.0 templates have no such keys), 'with-updates' (3.2.0 reads
   * it only with WSO2 updates; GA ignores it silently), 'yes'.
   */
  readonly cacheInvalidation: 'no' | 'with-updates' | 'yes';
  /** Publisher and Traffic Manager get `[apim.key_manager]` (3.2 guide); 3.1 guide leaves them out. */
  readonly publisherAndTrafficManagerUseKeyManager: boolean;
  /** Gateways get `[apim.throttling] service_url` (3.2 guide: block conditions and key templates). */
  readonly gatewayThrottlingServiceUrl: boolean;
  /** Traffic Managers republish decisions to their peers (`[apim.throttling] event_duplicate_url`, 3.2+). */
  readonly trafficManagerEventDuplication: boolean;
  /** The inbuilt artifact synchroniser (`[apim.sync_runtime_artifacts.*]`, 3.2+); the default for gateway clusters. */
  readonly inbuiltArtifactSync: boolean;
  /** Start order of the distributed guide. */
  readonly startOrder: readonly Role[];
}

const THREE_X_PROFILES: Record<Role, string> = {
  'key-manager': 'api-key-manager',
  'traffic-manager': 'traffic-manager',
  publisher: 'api-publisher',
  devportal: 'api-devportal',
  gateway: 'gateway-worker',
};

const THREE_X_START_ORDER: readonly Role[] = [
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
];

export const VERSIONS: Readonly<Record<ApimVersion, VersionFacts>> = {
  '3.1.0': {
    version: '3.1.0',
    startScript: 'wso2server.sh',
    profile: THREE_X_PROFILES,
    allInOneServerRole: 'default',
    rolesNeedingApimDb: ['key-manager', 'traffic-manager', 'publisher', 'devportal'],
    keyManagerRevocationNotifier: false,
    cacheInvalidation: 'no',
    publisherAndTrafficManagerUseKeyManager: false,
    gatewayThrottlingServiceUrl: false,
    trafficManagerEventDuplication: false,
    inbuiltArtifactSync: false,
    startOrder: THREE_X_START_ORDER,
  },
  '3.2.0': {
    version: '3.2.0',
    startScript: 'wso2server.sh',
    profile: THREE_X_PROFILES,
    allInOneServerRole: 'default',
    rolesNeedingApimDb: ['key-manager', 'traffic-manager', 'publisher', 'devportal'],
    keyManagerRevocationNotifier: true,
    cacheInvalidation: 'with-updates',
    publisherAndTrafficManagerUseKeyManager: true,
    gatewayThrottlingServiceUrl: true,
    trafficManagerEventDuplication: true,
    inbuiltArtifactSync: true,
    startOrder: THREE_X_START_ORDER,
  },
};

export function versionFacts(version: ApimVersion): VersionFacts {
  return VERSIONS[version];
}
