/**
 * WSO2's Helm charts per release (wso2/helm-apim). The folders are the same on every 4.x branch; the
 * names change in 4.5 (`wso2am-acp`, `wso2am-universal-gw`). Services come from each chart's
 * templates/*-service.yaml: `<fullname>-service`, and per instance `<fullname>-1-service` /
 * `-2-service` (control plane, Traffic Manager); the all-in-one chart `<fullname>-am-service` and,
 * from 4.5, `-am-service-1` / `-am-service-2`.
 */
import type { HelmChart, HelmFacts, HelmValuesLayout } from './facts.js';

const chart = (
  folder: string,
  name: string,
  serviceSuffix: string,
  instanceService: string | null,
  maxNodes: number | null,
  portOffset = true,
): HelmChart => ({ folder, name, serviceSuffix, instanceService, maxNodes, portOffset });

const FOUR_FOUR_LAYOUT: HelmValuesLayout = {
  imageTag: false,
  gatewayApi: false,
  existingSecret: false,
  gatewayLabelsKey: 'sync_runtime_artifacts',
  gatewayAndTrafficManagerDatabases: true,
  distributedThrottling: false,
  keyValueStoreSsl: false,
  encryptionKey: false,
  allInOneHighAvailability: false,
};

/** helm-apim tag all-in-one-4.4.0-4 (every chart 4.4.0-4; the 4.4.x branch head). */
export const HELM_4_4: HelmFacts = {
  branch: '4.4.x',
  tag: 'all-in-one-4.4.0-4',
  commit: '39c55eb6234d0ad23f1d8e75e0b4dade76bf2c7c',
  chartVersion: '4.4.0-4',
  charts: {
    // templates/am/wso2am-deployment.yaml:18 `replicas: 1`.
    'all-in-one': chart('all-in-one', 'wso2am-all-in-one', '-am-service', null, 1),
    // highAvailability adds instance-2; `replicas` of one instance "will not count as HA".
    'control-plane': chart('distributed/control-plane', 'wso2am-cp', '-service', '-{n}-service', 2),
    // highAvailability: replicas 2, else 1 (templates/key-manager/wso2am-km-deployment.yaml:18-21).
    'key-manager': chart('distributed/key-manager', 'wso2am-km', '-service', null, 2),
    // wso2.deployment.replicas and an HPA (minReplicas, maxReplicas).
    gateway: chart('distributed/gateway', 'wso2am-gateway', '-service', null, null),
    'traffic-manager': chart(
      'distributed/traffic-manager',
      'wso2am-tm',
      '-service',
      '-{n}-service',
      2,
      // instance-1/wso2am-tm-service.yaml:15-35 and the probes: no portOffset.
      false,
    ),
  },
  layout: FOUR_FOUR_LAYOUT,
};

/** helm-apim tag all-in-one-4.5.0-10 (0aa37936d917, two commits before the 4.5.x head). */
export const HELM_4_5: HelmFacts = {
  branch: '4.5.x',
  tag: 'all-in-one-4.5.0-10',
  commit: '0aa37936d9171a7f568d65a2e135aba3dec1fc3f',
  chartVersion: '4.5.0-10',
  charts: {
    ...HELM_4_4.charts,
    // highAvailability adds instance-2 (templates/am/instance-2/*).
    'all-in-one': chart('all-in-one', 'wso2am-all-in-one', '-am-service', '-am-service-{n}', 2),
    'control-plane': chart(
      'distributed/control-plane',
      'wso2am-acp',
      '-service',
      '-{n}-service',
      2,
    ),
    gateway: chart('distributed/gateway', 'wso2am-universal-gw', '-service', null, null),
  },
  layout: {
    ...FOUR_FOUR_LAYOUT,
    imageTag: true,
    gatewayApi: true,
    existingSecret: true,
    allInOneHighAvailability: true,
  },
};

/** helm-apim tag all-in-one-4.6.0-4 (c22b6e421b43; the head says 4.6.0-5, untagged). */
export const HELM_4_6: HelmFacts = {
  ...HELM_4_5,
  branch: '4.6.x',
  tag: 'all-in-one-4.6.0-4',
  commit: 'c22b6e421b43a2af778737a9794972f83c2305b1',
  chartVersion: '4.6.0-4',
  layout: {
    ...HELM_4_5.layout,
    // gateway values.yaml: sync_runtime_artifacts.gateway.labels (4.5) → syncRuntimeArtifacts (4.6).
    gatewayLabelsKey: 'syncRuntimeArtifacts',
    distributedThrottling: true,
  },
};

/** helm-apim tag all-in-one-4.7.0-1 (0dc4242e76a6). */
export const HELM_4_7: HelmFacts = {
  ...HELM_4_6,
  branch: '4.7.x',
  tag: 'all-in-one-4.7.0-1',
  commit: '0dc4242e76a65f82595d98b018562c6e4fde270d',
  chartVersion: '4.7.0-1',
  layout: {
    ...HELM_4_6.layout,
    gatewayAndTrafficManagerDatabases: false,
    keyValueStoreSsl: true,
    encryptionKey: true,
  },
};
