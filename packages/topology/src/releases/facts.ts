/** What the designer knows of each API-M release: the capability table every release fills in. */
import type { DatabaseEngineKey } from '../kinds/database-engines.js';
import type { Role } from '../roles.js';

/** The releases the designer targets, oldest first. */
export const APIM_VERSIONS = [
  '2.6.0',
  '3.1.0',
  '3.2.0',
  '4.0.0',
  '4.1.0',
  '4.2.0',
  '4.3.0',
  '4.4.0',
  '4.5.0',
  '4.6.0',
  '4.7.0',
] as const;
export type ApimVersion = (typeof APIM_VERSIONS)[number];

/**
 * How a role uses a database in a release: `shared`, it reads or serves data every such node must
 * see (WSO2AM_DB: an error when it is on another database than the others); `own`, the release's
 * template declares it but nothing is known to need it shared (written when the node is wired to
 * one). A role not listed reads none.
 */
export type DbUse = 'shared' | 'own';

/** The databases the designer places: WSO2AM_DB (`apim_db`) and WSO2SHARED_DB (`shared_db`). */
export type DatabaseName = 'apim_db' | 'shared_db';

/** The JDBC driver and URL options a release's guide gives for an engine, instead of WSO2's inference. */
export interface JdbcSettings {
  readonly driver: string;
  /** URL query options, `&`-separated as in a URL (escaped where the value is copied into XML). */
  readonly options: string;
}

/** What the bundle holds per node: 2.x has no deployment.toml (XML fragments, document 001). */
export type ConfigFormat = 'deployment-toml' | 'xml-fragments';

/**
 * Release-specific notes of the bundle README, mostly where the bundle differs from the release's
 * distributed-deployment guide (render/readme.ts words each one).
 */
export type ReadmeNote =
  | 'devportal-server-role'
  | 'revoke-endpoint'
  | 'database-location'
  | 'gateway-labels'
  | 'component-distributions';

/** Every role reads WSO2SHARED_DB (users, registry) from 3.0: each profile template declares it. */
export const EVERY_ROLE: Readonly<Partial<Record<Role, DbUse>>> = {
  'key-manager': 'shared',
  'traffic-manager': 'shared',
  publisher: 'shared',
  devportal: 'shared',
  gateway: 'shared',
  'event-hub': 'shared',
};

/**
 * The products a release ships: ≤4.4 one pack (`wso2am`) started with a profile per role; from 4.5
 * a distribution per component (product-apim v4.5.0-acp / -gw / -tm tags, each its own `bin/` script).
 * A kind says which one its nodes run (`distribution` in its metadata).
 */
export type DistributionName =
  'all-in-one' | 'control-plane' | 'key-manager' | 'gateway' | 'traffic-manager';

export interface Distribution {
  /** The distribution (zip and home folder): `wso2am`, `wso2am-acp`, … */
  readonly pack: string;
  /** Its start script under <API-M_HOME>/bin. */
  readonly script: string;
}

/** How a release runs a separate Key Manager node (the KM-separated guides). */
export interface KeyManagerNode {
  /** `-Dprofile=` of profileSetup.sh. */
  readonly profile: string;
  /** `[server] server_role` of its template. */
  readonly serverRole: string;
}

/**
 * WSO2's container images of a release (wso2/docker-apim, dockerfiles/ubuntu/*), for the compose
 * target. Every image starts from /home/wso2carbon/docker-entrypoint.sh, which copies the tree
 * mounted at /home/wso2carbon/wso2-config-volume over the server home before it starts the server,
 * and runs profileSetup.sh first when PROFILE_NAME is set (docker-apim 3.1.x–4.4.x
 * dockerfiles/ubuntu/apim/docker-entrypoint.sh:53-61; 4.5.x+ apim-acp/docker-entrypoint.sh:53-62).
 */
export interface ContainerFacts {
  /** The image a distribution's nodes run, `repository:tag` on Docker Hub. */
  readonly images: Readonly<Record<DistributionName, string>>;
  /** The MySQL image WSO2's own compose setups of the release run (docker-compose/apim-with-analytics). */
  readonly mysqlImage: string;
  /** The docker-apim branch and commit these facts were read at. */
  readonly source: string;
}

/** One of WSO2's Helm charts (wso2/helm-apim): its folder and its name (`Chart.yaml`). */
export interface HelmChart {
  readonly folder: string;
  readonly name: string;
  /** The Service in front of every pod: `<fullname><suffix>` (templates/*-service.yaml). */
  readonly serviceSuffix: string;
  /**
   * The Service of each instance (`{n}` is 1 or 2), which the binary and broker URLs name; null when
   * the chart has one instance only.
   */
  readonly instanceService: string | null;
  /** The most nodes one release of the chart runs (instances, or replicas of one); null: any number. */
  readonly maxNodes: number | null;
  /** `wso2.apim.portOffset` moves its ports; the Traffic Manager chart hard-codes 9443, 9611, 9711, 5672. */
  readonly portOffset: boolean;
}

/**
 * Where the values.yaml of one release's charts differ (the key inventories under
 * packages/topology/test/fixtures/helm/ are checked against every generated values file).
 */
export interface HelmValuesLayout {
  /** `wso2.deployment.image.tag` (4.5+); 4.4 renders `<registry>/<repository>@<digest>` only. */
  readonly imageTag: boolean;
  /** Routing through the Kubernetes Gateway API, with host names under `kubernetes.gatewayAPI` (4.5+). */
  readonly gatewayApi: boolean;
  /** Passwords from a Secret: `wso2.apim.configurations.existingSecret` (4.5+). */
  readonly existingSecret: boolean;
  /** The gateway chart's key for the labels it deploys: renamed in 4.6. */
  readonly gatewayLabelsKey: 'sync_runtime_artifacts' | 'syncRuntimeArtifacts';
  /** The gateway and Traffic Manager charts declare `databases` (4.4–4.6; 4.7 dropped them from values.yaml). */
  readonly gatewayAndTrafficManagerDatabases: boolean;
  /** `distributedThrottling` on the control-plane and Traffic Manager charts (`enable` only on the gateway's), 4.6+. */
  readonly distributedThrottling: boolean;
  /** The Traffic Manager chart's `distributedThrottling.keyvalueStore.ssl` (4.7). */
  readonly keyValueStoreSsl: boolean;
  /** `wso2.apim.configurations.encryption.key` on every chart (4.7). */
  readonly encryptionKey: boolean;
  /** The all-in-one chart's `wso2.deployment.highAvailability` (4.5+). */
  readonly allInOneHighAvailability: boolean;
}

/** The Helm charts WSO2 publishes for a release (wso2/helm-apim, one branch per release). */
export interface HelmFacts {
  /** The helm-apim branch, e.g. `4.7.x`. */
  readonly branch: string;
  /** The release tag the values were checked against, and its commit. */
  readonly tag: string;
  readonly commit: string;
  /** `helm install --version` of every chart at that tag. */
  readonly chartVersion: string;
  /** The chart each distribution's nodes are installed with. */
  readonly charts: Readonly<Record<DistributionName, HelmChart>>;
  readonly layout: HelmValuesLayout;
}

export interface VersionFacts {
  readonly version: ApimVersion;
  /** What the bundle holds per node. */
  readonly configFormat: ConfigFormat;
  /** The products the release ships, per role of node. */
  readonly distributions: Readonly<Record<DistributionName, Distribution>>;
  /**
   * Component distributions (4.5+): each role is its own product whose `infer.json` knows only
   * `server_role = "default"`, and only the Key Manager still has a profile (the ACP's `key-manager`).
   */
  readonly componentDistributions: boolean;
  /** A separate Key Manager node where WSO2 documents one (2.x, 3.x; 4.0, 4.3+), else null. */
  readonly keyManagerNode: KeyManagerNode | null;
  /** 4.0's KM-separated guide also has the Key Manager publish to the event hub (`publish.url_group`). */
  readonly keyManagerPublishesEvents: boolean;
  /** The Java versions the start scripts accept, where known. */
  readonly jdk?: string;
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
   * A control plane acts as Traffic Manager when none is separate (≤4.4). The 4.5+ API Control Plane
   * does not: every 4.5+ distributed guide has a `wso2am-tm`.
   */
  readonly controlPlaneThrottles: boolean;
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
  /**
   * Gateways register with the control plane, send heartbeats and acknowledge deployments
   * (`[apim.gateway_notification]`, 4.6+: carbon-apimgt 9.32.147 GatewayNotifier); each needs a
   * stable `gateway_id` (empty: a new random one at every start).
   */
  readonly gatewayNotification: boolean;
  /** Throttle counters shared through Redis / Valkey (`[apim.distributed_throttling]`, 4.6+). */
  readonly distributedThrottling: boolean;
  /**
   * The symmetric encryption key (`[encryption] key`) every node needs, the same on all (4.7: AES-GCM
   * by default; a node without one gets a random key of its own at start-up).
   */
  readonly encryptionKey: boolean;
  /** The release-specific notes of the bundle README. */
  readonly readmeNotes: readonly ReadmeNote[];
  /** WSO2's container images (compose target); null where the bundle has no whole configuration file (2.x). */
  readonly containers: ContainerFacts | null;
  /** WSO2's Helm charts the helm target writes values for; null where the designer targets none. */
  readonly helm: HelmFacts | null;
  /** A helm-apim branch WSO2 has for the release that the designer does not target (3.2.x, 4.2.x, 4.3.x). */
  readonly untargetedHelmBranch: string | null;
}
