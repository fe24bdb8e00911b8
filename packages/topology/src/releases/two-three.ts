/** API-M 2.6, 3.1 and 3.2. */
import { EVERY_ROLE, type VersionFacts } from './facts.js';
import { onePackImages } from './containers.js';
import { onePack } from './packs.js';

export const THREE_ONE: VersionFacts = {
  version: '3.1.0',
  configFormat: 'deployment-toml',
  distributions: onePack('wso2server.sh'),
  keyManagerNode: { profile: 'api-key-manager', serverRole: 'api-key-manager' },
  componentDistributions: false,
  keyManagerPublishesEvents: false,
  controlPlaneThrottles: true,
  gatewayNotification: false,
  distributedThrottling: false,
  encryptionKey: false,
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
  containers: onePackImages('3.1.0', 'mysql:5.7.29', 'docker-apim 3.1.x 53d34fb7d33b'),
  helm: null,
  untargetedHelmBranch: null,
};

export const THREE_TWO: VersionFacts = {
  ...THREE_ONE,
  version: '3.2.0',
  containers: onePackImages('3.2.0', 'mysql:5.7.31', 'docker-apim 3.2.x 53005d461bfb'),
  // helm-apim 3.2.x (5f1c56c6b2e7): wso2am-control-plane, -gateway, -traffic-manager 3.2.0-0.
  untargetedHelmBranch: '3.2.x',
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

export const TWO_SIX: VersionFacts = {
  ...THREE_ONE,
  version: '2.6.0',
  configFormat: 'xml-fragments',
  // docker-apim 2.6.x has a wso2am image, but a 2.x bundle holds XML fragments, not whole files to mount.
  containers: null,
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
