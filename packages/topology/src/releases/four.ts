/** API-M 4.0 to 4.4: one pack, a profile per role, the control plane as event hub. */
import { EVERY_ROLE, type VersionFacts } from './facts.js';
import { onePackImages } from './containers.js';
import { HELM_4_4 } from './helm-charts.js';
import { onePack } from './packs.js';
import { THREE_TWO } from './two-three.js';

export const FOUR_ZERO: VersionFacts = {
  ...THREE_TWO,
  version: '4.0.0',
  containers: onePackImages('4.0.0', 'mysql:5.7.34', 'docker-apim 4.0.x 8d4b3be487be'),
  untargetedHelmBranch: null,
  distributions: onePack('api-manager.sh'),
  // docs-apim 4.0.0 "…with Key Manager and Traffic Manager separation": the deprecated profile
  // (product-apim v4.0.0 profileSetup.sh:185, deployment-templates/api-key-manager-deprecated.toml:3).
  keyManagerNode: {
    profile: 'api-key-manager-deprecated',
    serverRole: 'api-key-manager-deprecated',
  },
  keyManagerPublishesEvents: true,
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

/** 4.1 and 4.2 document no separate Key Manager (docs-api-platform has no KM-separated page for them). */
export const FOUR_ONE: VersionFacts = {
  ...FOUR_ZERO,
  version: '4.1.0',
  containers: onePackImages('4.1.0', 'mysql:5.7.37', 'docker-apim 4.1.x 6a65d6309cec'),
  keyManagerNode: null,
  keyManagerPublishesEvents: false,
  eventHubDuplication: true,
  environmentKeys: { provider: true, gatewayType: false, websub: true },
};

/** 2.x: no deployment.toml; the bundle holds XML fragments for carbon.xml and api-manager.xml (document 001). */

export const FOUR_TWO: VersionFacts = {
  ...FOUR_ONE,
  version: '4.2.0',
  containers: onePackImages('4.2.0', 'mysql:5.7.41', 'docker-apim 4.2.x 74ccd58ba0c1'),
  // helm-apim 4.2.x (be59cdd107cc): am-all-in-one 4.2.0-1, wso2am-cp/-gateway/-tm 4.2.0-0.
  untargetedHelmBranch: '4.2.x',
};

/** 4.3 and 4.4: the Key Manager profile is api-key-manager-node, its template's role control-plane. */
export const FOUR_THREE: VersionFacts = {
  ...FOUR_ONE,
  version: '4.3.0',
  containers: onePackImages('4.3.0', 'mysql:8.0.36', 'docker-apim 4.3.x ece91d674c35'),
  // helm-apim 4.3.x (428e0f90a40c): am-all-in-one and wso2am-cp/-gateway/-tm/-km 4.3.0-3.
  untargetedHelmBranch: '4.3.x',
  // product-apim v4.3.0 profileSetup.sh:214; deployment-templates/api-key-manager-node.toml:3.
  keyManagerNode: { profile: 'api-key-manager-node', serverRole: 'control-plane' },
  environmentKeys: { provider: true, gatewayType: true, websub: true },
};

export const FOUR_FOUR: VersionFacts = {
  ...FOUR_THREE,
  version: '4.4.0',
  containers: onePackImages('4.4.0', 'mysql:8.0.36', 'docker-apim 4.4.x 10ff4ceb10d9'),
  helm: HELM_4_4,
  untargetedHelmBranch: null,
  // product-apim v4.4.0 startup-scripts/api-manager.sh:238-240.
  jdk: '11 to 21',
};
