/**
 * What differs between the API-M releases the designer targets. Everything version-dependent that
 * generation or validation needs is a field here, so a new release is one new entry.
 */

export const APIM_VERSIONS = [
  '2.6.0',
  '3.1.0',
  '3.2.0',
  '4.0.0',
  '4.1.0',
  '4.2.0',
  '4.3.0',
  '4.4.0',
] as const;
export type ApimVersion = (typeof APIM_VERSIONS)[number];

/** The API-M roles a node can play; an all-in-one node plays all of them. */
export const ROLES = [
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
  'event-hub',
] as const;
export type Role = (typeof ROLES)[number];

/** How messages name a role. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'key-manager': 'Key Manager',
  'traffic-manager': 'Traffic Manager',
  publisher: 'Publisher',
  devportal: 'Developer Portal',
  gateway: 'Gateway',
  'event-hub': 'Control Plane (event hub)',
};

export type Family = '2.x' | '3.x' | '4.x';

export interface VersionFacts {
  readonly version: ApimVersion;
  readonly family: Family;
  /** Start script under <API-M_HOME>/bin. */
  readonly startScript: string;
  /** `server_role` of a node started with no profile. */
  readonly allInOneServerRole: string;
  /** Roles that read WSO2AM_DB (`[database.apim_db]`); every API-M node reads WSO2SHARED_DB. */
  readonly rolesNeedingApimDb: readonly Role[];
  /** The Key Manager's `[[event_listener]]` token-revocation notifier (3.2+). */
  readonly keyManagerRevocationNotifier: boolean;
  /**
   * `[apim.cache_invalidation]`: 'no' (3.1.0 templates have no such keys), 'with-updates' (3.2.0 reads
   * it only with WSO2 updates; GA ignores it silently), 'yes' (4.x).
   */
  readonly cacheInvalidation: 'no' | 'with-updates' | 'yes';
  /** 3.x Publisher and Traffic Manager get `[apim.key_manager]` (3.2 guide); the 3.1 guide leaves them out. */
  readonly publisherAndTrafficManagerUseKeyManager: boolean;
  /** Gateways get `[apim.throttling] service_url` (3.2+ guides: block conditions, key templates). */
  readonly gatewayThrottlingServiceUrl: boolean;
  /** Traffic Managers republish decisions to their peers (`[apim.throttling] event_duplicate_url`, 3.2+). */
  readonly trafficManagerEventDuplication: boolean;
  /** The inbuilt artifact synchroniser (`[apim.sync_runtime_artifacts.*]`); 3.2 for clusters, always in 4.x. */
  readonly inbuiltArtifactSync: boolean;
  /** `[apim.event_hub]` on gateways and Traffic Managers, pointing at the control plane (4.x). */
  readonly eventHub: boolean;
  /** Control planes republish events to their peers (`apim.event_hub.event_duplicate_url`, 4.1+). */
  readonly eventHubDuplication: boolean;
  /** `[[apim.gateway.environment]]` members that only some versions read. */
  readonly environmentKeys: {
    readonly provider: boolean;
    readonly gatewayType: boolean;
    readonly websub: boolean;
  };
  /** Whether the gateway listens for WebSub / WebHook events (9021 / 8021, 4.0+). */
  readonly websubPorts: boolean;
  /** `[apim.cors]` on gateways as the 3.x guide writes it (4.x gateways keep the product default). */
  readonly gatewayCors: boolean;
}

const THREE_ONE: VersionFacts = {
  version: '3.1.0',
  family: '3.x',
  startScript: 'wso2server.sh',
  allInOneServerRole: 'default',
  rolesNeedingApimDb: ['key-manager', 'traffic-manager', 'publisher', 'devportal'],
  keyManagerRevocationNotifier: false,
  cacheInvalidation: 'no',
  publisherAndTrafficManagerUseKeyManager: false,
  gatewayThrottlingServiceUrl: false,
  trafficManagerEventDuplication: false,
  inbuiltArtifactSync: false,
  eventHub: false,
  eventHubDuplication: false,
  environmentKeys: { provider: false, gatewayType: false, websub: false },
  websubPorts: false,
  gatewayCors: true,
};

const THREE_TWO: VersionFacts = {
  ...THREE_ONE,
  version: '3.2.0',
  keyManagerRevocationNotifier: true,
  cacheInvalidation: 'with-updates',
  publisherAndTrafficManagerUseKeyManager: true,
  gatewayThrottlingServiceUrl: true,
  trafficManagerEventDuplication: true,
  inbuiltArtifactSync: true,
};

const FOUR_ZERO: VersionFacts = {
  ...THREE_TWO,
  version: '4.0.0',
  family: '4.x',
  startScript: 'api-manager.sh',
  cacheInvalidation: 'yes',
  publisherAndTrafficManagerUseKeyManager: false,
  eventHub: true,
  environmentKeys: { provider: false, gatewayType: false, websub: true },
  websubPorts: true,
  gatewayCors: false,
};

const FOUR_ONE: VersionFacts = {
  ...FOUR_ZERO,
  version: '4.1.0',
  eventHubDuplication: true,
  environmentKeys: { provider: true, gatewayType: false, websub: true },
};

/** 2.x: no deployment.toml; the bundle holds XML fragments for carbon.xml and api-manager.xml (document 001). */
const TWO_SIX: VersionFacts = { ...THREE_ONE, version: '2.6.0', family: '2.x', gatewayCors: false };

export const VERSIONS: Readonly<Record<ApimVersion, VersionFacts>> = {
  '2.6.0': TWO_SIX,
  '3.1.0': THREE_ONE,
  '3.2.0': THREE_TWO,
  '4.0.0': FOUR_ZERO,
  '4.1.0': FOUR_ONE,
  '4.2.0': { ...FOUR_ONE, version: '4.2.0' },
  '4.3.0': {
    ...FOUR_ONE,
    version: '4.3.0',
    environmentKeys: { provider: true, gatewayType: true, websub: true },
  },
  '4.4.0': {
    ...FOUR_ONE,
    version: '4.4.0',
    environmentKeys: { provider: true, gatewayType: true, websub: true },
  },
};

export function versionFacts(version: ApimVersion): VersionFacts {
  return VERSIONS[version];
}
