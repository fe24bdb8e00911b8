/**
 * API-M 4.5 to 4.7: a distribution per component (product-apim tags v4.5.0-acp, -gw, -tm), each with
 * `server_role = "default"` and its own start script; the Key Manager is the API Control Plane with
 * the `key-manager` profile. docs/extending.md says what else a release touches.
 */
import type { VersionFacts } from './facts.js';
import { componentImages } from './containers.js';
import { FOUR_FOUR } from './four.js';
import { HELM_4_5, HELM_4_6, HELM_4_7 } from './helm-charts.js';

export const FOUR_FIVE: VersionFacts = {
  ...FOUR_FOUR,
  version: '4.5.0',
  containers: componentImages('4.5.0', 'mysql:8.0.36', 'docker-apim 4.5.x a6f644928fc1'),
  helm: HELM_4_5,
  // {all-in-one-apim,api-control-plane,gateway,traffic-manager}/modules/distribution/product/pom.xml:30
  // (artifactIds) and assembly/bin.xml (the scripts in bin/); 4.6 and 4.7 keep them.
  distributions: {
    'all-in-one': { pack: 'wso2am', script: 'api-manager.sh' },
    'control-plane': { pack: 'wso2am-acp', script: 'api-cp.sh' },
    'key-manager': { pack: 'wso2am-acp', script: 'key-manager.sh' },
    gateway: { pack: 'wso2am-universal-gw', script: 'gateway.sh' },
    'traffic-manager': { pack: 'wso2am-tm', script: 'traffic-manager.sh' },
  },
  componentDistributions: true,
  // api-control-plane startup-scripts/profileSetup.sh:213-214 (the only profile);
  // deployment-templates/key-manager.toml:3.
  keyManagerNode: { profile: 'key-manager', serverRole: 'default' },
  controlPlaneThrottles: false,
  readmeNotes: ['database-location', 'gateway-labels', 'component-distributions'],
};

export const FOUR_SIX: VersionFacts = {
  ...FOUR_FIVE,
  version: '4.6.0',
  containers: componentImages('4.6.0', 'mysql:8.0.36', 'docker-apim 4.6.x 41c1e7462682'),
  helm: HELM_4_6,
  // carbon-apimgt 9.32.147 api-manager.xml.j2:2053-2079 (GatewayNotificationConfiguration) and
  // :1299-1360 (distributed throttling).
  gatewayNotification: true,
  distributedThrottling: true,
};

export const FOUR_SEVEN: VersionFacts = {
  ...FOUR_SIX,
  version: '4.7.0',
  containers: componentImages('4.7.0', 'mysql:8.4.9', 'docker-apim 4.7.x a7a0bb99b75d'),
  helm: HELM_4_7,
  // default.json:63-64 (AES/GCM, SymmetricKeyInternalCryptoProvider); startup scripts run
  // EncryptionKeyGenerator, which appends a random key to a deployment.toml without [encryption].
  encryptionKey: true,
  // all-in-one-apim startup-scripts/api-manager.sh:216-218.
  jdk: '21 to 25',
};
