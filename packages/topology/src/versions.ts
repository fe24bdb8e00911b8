/**
 * What differs between the API-M releases the designer targets: one entry per release, each a table
 * of capabilities. Code asks for a capability (`version.eventHub`), never for a release line or a
 * version string, so a release that differs from its neighbours is one new entry here.
 * docs/extending.md lists what else a new release touches.
 */
import type { DatabaseEngineKey } from './kinds/database-engines.js';
import type { Role } from './roles.js';

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

/** What the bundle holds per node: 2.x has no deployment.toml (XML fragments, document 001). */
/**
 * How a role uses a database in a release: `shared`, it reads or serves data every such node must
 * see (WSO2AM_DB: an error when it is on another database than the others); `own`, the release's
 * template declares it but nothing is known to need it shared (written when the node is wired to
 * one). A role not listed reads none.
 */
export type DbUse = 'shared' | 'own';

/** The databases the designer places: WSO2AM_DB (`apim_db`) and WSO2SHARED_DB (`shared_db`). */
export type DatabaseName = 'apim_db' | 'shared_db';

/** Every role reads WSO2SHARED_DB (users, registry) from 3.0: each profile template declares it. */
const EVERY_ROLE: Readonly<Partial<Record<Role, DbUse>>> = {
  'key-manager': 'shared',
  'traffic-manager': 'shared',
  publisher: 'shared',
  devportal: 'shared',
  gateway: 'shared',
  'event-hub': 'shared',
};

/** The JDBC driver and URL options a release's guide gives for an engine, instead of WSO2's inference. */
export interface JdbcSettings {
  readonly driver: string;
  /** URL query options, `&`-separated as in a URL (escaped where the value is copied into XML). */
  readonly options: string;
}

export type ConfigFormat = 'deployment-toml' | 'xml-fragments';

/**
 * Release-specific notes of the bundle README, mostly where the bundle differs from the release's
 * distributed-deployment guide (render/readme.ts words each one).
 */
export type ReadmeNote =
  'devportal-server-role' | 'revoke-endpoint' | 'database-location' | 'gateway-labels';

export interface VersionFacts {
  readonly version: ApimVersion;
  /** What the bundle holds per node. */
  readonly configFormat: ConfigFormat;
  /** Start script under <API-M_HOME>/bin. */
  readonly startScript: string;
  /**
   * Profiles are applied by the profile optimizer (`--optimize -Dprofile=…`); the start script runs
   * profileSetup.sh only then (product-apim startup scripts). False: `-Dprofile=` alone.
   */
  readonly startsWithOptimizer: boolean;
  /** `server_role` of a node started with no profile. */
  readonly allInOneServerRole: string;
  /** 2.x calls the Developer Portal the API Store (profile `api-store`, URL `/store`). */
  readonly apiStoreNaming: boolean;
  /** The release has Control Plane nodes (Publisher, Developer Portal, Key Manager and event hub in one). */
  readonly controlPlane: boolean;
  /**
   * The roles that read each database, from each release's per-profile templates (product-apim
   * modules/distribution/product/src/main/resources/conf/deployment-templates/*.toml) and guides.
   */
  readonly databases: Readonly<Record<DatabaseName, Readonly<Partial<Record<Role, DbUse>>>>>;
  /**
   * Engines whose driver and URL the release's guide gives explicitly (MySQL: WSO2's inference gives
   * the legacy `com.mysql.jdbc.Driver` and a URL without options, carbon-kernel infer.json).
   */
  readonly jdbc: Readonly<Partial<Record<DatabaseEngineKey, JdbcSettings>>>;
  /** The Key Manager's `[[event_listener]]` token-revocation notifier (3.2+). */
  readonly keyManagerRevocationNotifier: boolean;
  /** `[apim.key_manager] type` (4.x: the Key Manager's type, "default" for the built-in one). */
  readonly keyManagerType: boolean;
  /**
   * `[apim.cache_invalidation]`: 'no' (3.1.0 templates have no such keys), 'with-updates' (3.2.0 reads
   * it only with WSO2 updates; GA ignores it silently), 'yes' (4.x).
   */
  readonly cacheInvalidation: 'no' | 'with-updates' | 'yes';
  /** 3.x Publisher and Traffic Manager get `[apim.key_manager]` (3.2 guide); the 3.1 guide leaves them out. */
  readonly publisherAndTrafficManagerUseKeyManager: boolean;
  /** Gateways get `[apim.throttling] service_url` (3.2+ guides: block conditions, key templates). */
  readonly gatewayThrottlingServiceUrl: boolean;
  /** Gateways give the Traffic Manager credentials in `[apim.throttling]` (4.x guide). */
  readonly gatewayThrottlingCredentials: boolean;
  /** Traffic Managers republish decisions to their peers (`[apim.throttling] event_duplicate_url`, 3.2+). */
  readonly trafficManagerEventDuplication: boolean;
  /**
   * Traffic Managers redeploy every throttling policy from the event hub when they start (from 4.0:
   * carbon-apimgt 9.0.174 ThrottlePolicyStartupListener, `skip_redeploying_policies`); before, a policy
   * reaches only the Traffic Manager it was deployed to.
   */
  readonly policyRedeployOnStartup: boolean;
  /** A Traffic Manager in HA reads decisions from its own broker (`throttle_decision_endpoints`, 4.x guide). */
  readonly trafficManagerOwnDecisionEndpoint: boolean;
  /** The inbuilt artifact synchroniser (`[apim.sync_runtime_artifacts.*]`); 3.2 for clusters, always in 4.x. */
  readonly inbuiltArtifactSync: boolean;
  /**
   * What gateways on a shared file system mount under repository/deployment/server: 3.1's guide (document
   * 004) the synapse-configs folder, 3.2's (documents 002, 003) the whole folder.
   */
  readonly sharedDeploymentFolder: 'synapse-configs' | 'server';
  /** `[apim.event_hub]` on gateways and Traffic Managers, pointing at the control plane (4.x). */
  readonly eventHub: boolean;
  /** Control planes republish events to their peers (`apim.event_hub.event_duplicate_url`, 4.1+). */
  readonly eventHubDuplication: boolean;
  /** Gateways subscribe to environment labels (`[apim.sync_runtime_artifacts.gateway] gateway_labels`, 4.x). */
  readonly gatewayLabels: boolean;
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
  /**
   * Cluster members other than gateways advertise only the HTTPS proxy port (the 4.x guide's control
   * plane and Traffic Manager samples); otherwise every member advertises 80 and 443.
   */
  readonly clusterHttpsProxyOnly: boolean;
  /** The release-specific notes of the bundle README. */
  readonly readmeNotes: readonly ReadmeNote[];
}

const THREE_ONE: VersionFacts = {
  version: '3.1.0',
  configFormat: 'deployment-toml',
  startScript: 'wso2server.sh',
  startsWithOptimizer: true,
  allInOneServerRole: 'default',
  apiStoreNaming: false,
  controlPlane: false,
  // 3.1.0 traffic-manager.toml:14 declares shared_db only, and its profile removes every web app
  // (profileSetup.sh:255-283): in 3.1 gateways read block conditions and key templates from the Key
  // Manager (carbon-apimgt 6.6.163 APIManagerConfiguration.java:1042-1051), not the Traffic Manager.
  databases: {
    apim_db: { 'key-manager': 'shared', publisher: 'shared', devportal: 'shared' },
    shared_db: EVERY_ROLE,
  },
  // docs-apim "Changing to MySQL" (3.x): `?useSSL=false` ("the server was failing to start" without it,
  // docs-apim PR #1973) and, for MySQL 8, `driver = "com.mysql.cj.jdbc.Driver"`; MySQL 8's default
  // authentication over a connection without TLS also needs allowPublicKeyRetrieval (Connector/J).
  jdbc: {
    mysql: {
      driver: 'com.mysql.cj.jdbc.Driver',
      options: 'useSSL=false&allowPublicKeyRetrieval=true',
    },
  },
  keyManagerRevocationNotifier: false,
  keyManagerType: false,
  cacheInvalidation: 'no',
  publisherAndTrafficManagerUseKeyManager: false,
  gatewayThrottlingServiceUrl: false,
  gatewayThrottlingCredentials: false,
  trafficManagerEventDuplication: false,
  policyRedeployOnStartup: false,
  trafficManagerOwnDecisionEndpoint: false,
  inbuiltArtifactSync: false,
  sharedDeploymentFolder: 'synapse-configs',
  eventHub: false,
  eventHubDuplication: false,
  gatewayLabels: false,
  environmentKeys: { provider: false, gatewayType: false, websub: false },
  websubPorts: false,
  gatewayCors: true,
  clusterHttpsProxyOnly: false,
  readmeNotes: ['devportal-server-role', 'revoke-endpoint'],
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
  sharedDeploymentFolder: 'server',
  // 3.2.0 traffic-manager.toml:22 adds apim_db: the Traffic Manager is the default event hub, whose
  // /internal/data/v1 serves gateways their subscriptions, APIs, block conditions and revoked tokens
  // from WSO2AM_DB (carbon-apimgt 6.7.206 BlockingConditionRetriever.java:63, profileSetup.sh:282-292).
  databases: {
    apim_db: {
      'key-manager': 'shared',
      publisher: 'shared',
      devportal: 'shared',
      'traffic-manager': 'shared',
    },
    shared_db: EVERY_ROLE,
  },
};

const FOUR_ZERO: VersionFacts = {
  ...THREE_TWO,
  version: '4.0.0',
  startScript: 'api-manager.sh',
  controlPlane: true,
  // 4.x: the control plane is the event hub. The traffic-manager template (4.0.0-4.4.0, l.21) still
  // declares apim_db, but the Traffic Manager pulls policies from the event hub over HTTP
  // (carbon-apimgt 9.0.174 PolicyRetriever.java:54-55) and WSO2's HA samples leave it out.
  databases: {
    apim_db: {
      'key-manager': 'shared',
      publisher: 'shared',
      devportal: 'shared',
      'traffic-manager': 'own',
    },
    shared_db: EVERY_ROLE,
  },
  // docs-apim deploying-wso2-api-m-in-a-distributed-setup-with-tm-separated.md (4.x), HA sample:
  // url "…?autoReconnect=true&amp;useSSL=false&amp;allowPublicKeyRetrieval=true", driver cj.
  jdbc: {
    mysql: {
      driver: 'com.mysql.cj.jdbc.Driver',
      options: 'autoReconnect=true&useSSL=false&allowPublicKeyRetrieval=true',
    },
  },
  keyManagerType: true,
  cacheInvalidation: 'yes',
  publisherAndTrafficManagerUseKeyManager: false,
  gatewayThrottlingCredentials: true,
  policyRedeployOnStartup: true,
  trafficManagerOwnDecisionEndpoint: true,
  eventHub: true,
  gatewayLabels: true,
  environmentKeys: { provider: false, gatewayType: false, websub: true },
  websubPorts: true,
  gatewayCors: false,
  clusterHttpsProxyOnly: true,
  readmeNotes: ['database-location', 'gateway-labels'],
};

const FOUR_ONE: VersionFacts = {
  ...FOUR_ZERO,
  version: '4.1.0',
  eventHubDuplication: true,
  environmentKeys: { provider: true, gatewayType: false, websub: true },
};

/** 2.x: no deployment.toml; the bundle holds XML fragments for carbon.xml and api-manager.xml (document 001). */
const TWO_SIX: VersionFacts = {
  ...THREE_ONE,
  version: '2.6.0',
  configFormat: 'xml-fragments',
  // 2.6 guide "Installing and Configuring the Databases", steps 10-12: WSO2AM_DB and the user store
  // (WSO2UM_DB) on the Key Manager, Publisher and Store, the registry (WSO2REG_DB) on the Publisher and
  // Store; gateways and Traffic Managers keep their local H2 (single tenant).
  databases: {
    apim_db: { 'key-manager': 'shared', publisher: 'shared', devportal: 'shared' },
    shared_db: { 'key-manager': 'shared', publisher: 'shared', devportal: 'shared' },
  },
  // 2.6 guide "Installing and Configuring the Databases": com.mysql.jdbc.Driver; WSO2's own 2.6
  // resources (kubernetes-apim v2.6.0.9) use "?autoReconnect=true&amp;useSSL=false".
  jdbc: {
    mysql: { driver: 'com.mysql.jdbc.Driver', options: 'autoReconnect=true&useSSL=false' },
  },
  apiStoreNaming: true,
  gatewayCors: false,
  readmeNotes: [],
};

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
