/**
 * compose.yaml: a service per node in WSO2's start order, each started only when the services it
 * calls are healthy. API-M nodes run WSO2's image of their distribution (docker-apim), with their
 * folder of this bundle mounted as the image's config volume (/home/wso2carbon/wso2-config-volume,
 * which the entrypoint copies over the server home at every start: docker-entrypoint.sh, 3.1.x–4.7.x),
 * so each node reads the deployment.toml the vm target generates, byte for byte.
 */
import { nodeFolder } from '../../bundle-paths.js';
import { isApimNode, isDatabase, isKeyValueStore, isLoadBalancer } from '../../kinds/guards.js';
import { isDedicatedTo, kindLabel } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import { portAt } from '../../ports.js';
import { distributionOf } from '../../render/readme-release.js';
import { startProfile } from '../../render/node-config.js';
import { apimKind } from '../../kinds/registry.js';
import type { ApimNode, LoadBalancerNode, Node } from '../../topology.js';
import { serializeYaml, type YamlComment, type YamlMap } from '../../yaml.js';
import {
  ENGINE_CONTAINERS,
  REDIS_IMAGE,
  databaseService,
  databasesOn,
  redisService,
} from './databases.js';
import type { ComposeInputs } from './inputs.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import type { ComposePlan, ComposeService } from './plan.js';
import { variable } from './values.js';

export const COMPOSE_FILE = 'compose.yaml';
/** WSO2's images copy this tree over the server home at start (docker-entrypoint.sh). */
export const CONFIG_VOLUME = '/home/wso2carbon/wso2-config-volume';
/** The nginx image of the compose target. */
export const NGINX_IMAGE = 'nginx:1.27';

/**
 * WSO2's own compose setups check API-M with the axis2 `Version` service on the servlet port
 * (docker-apim 4.5.x–4.7.x docker-compose/apim-with-analytics/docker-compose.yml:39; docs-apim "Basic
 * Health Checks": "advisable to use service-level health checks"), and give it 180 s to start.
 */
function apimHealthcheck(node: ApimNode): YamlMap {
  return {
    test: [
      'CMD',
      'curl',
      '--fail',
      '--silent',
      '--output',
      '/dev/null',
      `http://localhost:${portAt('http', node.offset)}/services/Version`,
    ],
    interval: '10s',
    timeout: '10s',
    retries: 30,
    start_period: '180s',
  };
}

/** nginx answers on port 80 (a redirect or the API traffic) once it has started with its upstreams. */
const NGINX_HEALTHCHECK: YamlMap = {
  test: ['CMD', 'curl', '--silent', '--output', '/dev/null', 'http://localhost/'],
  interval: '10s',
  timeout: '5s',
  retries: 10,
};

/** The named volume a gateway cluster shares its deployed artifacts on (shared-file-system sync). */
export function sharedVolume(lb: LoadBalancerNode): string {
  return `${nodeFolder(lb.name).replace(/[^a-z0-9_-]/g, '-')}-artifacts`;
}

function sharedMount(model: TopologyModel, node: ApimNode): string[] {
  const cluster = model.clusterOf(node.id);
  if (
    !cluster ||
    !isDedicatedTo(cluster.lb.fronts, 'gateway') ||
    model.artifactSync(cluster) !== 'shared-file-system'
  )
    return [];
  const server = `/home/wso2carbon/${distributionOf(model, node)}/repository/deployment/server`;
  const path =
    model.version.sharedDeploymentFolder === 'synapse-configs'
      ? `${server}/synapse-configs`
      : server;
  return [`${sharedVolume(cluster.lb)}:${path}`];
}

/** The services a service calls and that start before it: each must be healthy first. */
function dependencies(model: TopologyModel, plan: ComposePlan, service: ComposeService): string[] {
  const before = (node: Node) => {
    const other = plan.byNode.get(node.id);
    return other !== undefined && other.order < service.order ? [other.name] : [];
  };
  const { node } = service;
  const called = isLoadBalancer(node)
    ? (model.clusterBehind(node.id)?.members ?? [])
    : isApimNode(node)
      ? model.neighbours(node.id)
      : [];
  const names = new Set(called.flatMap(before));
  return plan.services.filter((s) => names.has(s.name)).map((s) => s.name);
}

/** The image a service runs. */
export function serviceImage(model: TopologyModel, node: Node): string {
  if (isApimNode(node))
    return model.version.containers?.images[apimKind(node.kind).distribution] ?? '';
  if (isLoadBalancer(node)) return NGINX_IMAGE;
  if (isDatabase(node))
    return ENGINE_CONTAINERS[node.engine]?.image(model.version.containers?.mysqlImage ?? '') ?? '';
  return isKeyValueStore(node) ? REDIS_IMAGE : '';
}

function apimService(model: TopologyModel, node: ApimNode, inputs: ComposeInputs): YamlMap {
  const image = serviceImage(model, node);
  const profile = startProfile(model, node);
  const variables = inputs.byNode.get(node.id)?.env ?? [];
  const environment: YamlMap = {
    ...(profile ? { PROFILE_NAME: profile } : {}),
    ...Object.fromEntries(variables.map((v) => [v, variable(v)])),
  };
  return {
    image,
    ...(Object.keys(environment).length > 0 ? { environment } : {}),
    volumes: [`./${nodeFolder(node.name)}:${CONFIG_VOLUME}:ro`, ...sharedMount(model, node)],
    healthcheck: apimHealthcheck(node),
  };
}

function lbService(lb: LoadBalancerNode): YamlMap {
  const folder = nodeFolder(lb.name);
  return {
    image: NGINX_IMAGE,
    volumes: [
      `./${folder}/nginx.conf:/etc/nginx/nginx.conf:ro`,
      // nginx.conf names its certificates relative to the prefix, /etc/nginx in the image.
      `./${folder}/ssl:/etc/nginx/ssl:ro`,
    ],
    healthcheck: NGINX_HEALTHCHECK,
  };
}

function body(
  model: TopologyModel,
  service: ComposeService,
  inputs: ComposeInputs,
): YamlMap | null {
  const { node } = service;
  if (isApimNode(node)) return apimService(model, node, inputs);
  if (isLoadBalancer(node)) return lbService(node);
  if (isDatabase(node)) return databaseService(model, node);
  if (isKeyValueStore(node)) return redisService(node);
  return null;
}

function describe(model: TopologyModel, service: ComposeService): string {
  const { node } = service;
  if (isApimNode(node))
    return `${node.name}: ${kindLabel(node.kind)} (${distributionOf(model, node)}, offset ${node.offset}) on ${node.host}`;
  if (isDatabase(node)) {
    const held = databasesOn(node).map((d) =>
      d.name.toUpperCase() === d.what ? d.what : `${d.what} ${d.name}`,
    );
    return `${node.name}: ${DATABASE_ENGINES[node.engine].label} on ${node.host} (${held.join(', ')}); WSO2's scripts run at its first start`;
  }
  if (isLoadBalancer(node)) {
    const members = model.clusterBehind(node.id)?.members ?? [];
    return `${node.name}: nginx on ${node.host} in front of ${members.map((m) => m.name).join(', ')}`;
  }
  return `${node.name}: ${kindLabel(node.kind)} on ${node.host}`;
}

/** The services a service waits for, for the README. */
export { dependencies };

export function composeFile(
  model: TopologyModel,
  plan: ComposePlan,
  inputs: ComposeInputs,
): string {
  const services: Record<string, YamlMap> = {};
  const comments: YamlComment[] = [];
  const volumes: Record<string, YamlMap> = {};
  plan.services.forEach((service, i) => {
    const own = body(model, service, inputs);
    if (!own) return;
    const depends = dependencies(model, plan, service);
    const { image, command, environment, volumes: mounts, healthcheck, ...rest } = own;
    services[service.name] = {
      ...(image !== undefined ? { image } : {}),
      ...(command !== undefined ? { command } : {}),
      ...(environment !== undefined ? { environment } : {}),
      ...(mounts !== undefined ? { volumes: mounts } : {}),
      ...rest,
      ...(service.ports.length > 0
        ? { ports: service.ports.map((p) => `${p.host}:${p.container}`) }
        : {}),
      ...(service.aliases.length > 0
        ? { networks: { default: { aliases: service.aliases } } }
        : {}),
      ...(depends.length > 0
        ? {
            depends_on: Object.fromEntries(
              depends.map((d) => [d, { condition: 'service_healthy' }]),
            ),
          }
        : {}),
      ...(healthcheck !== undefined ? { healthcheck } : {}),
    };
    comments.push({
      path: ['services', service.name],
      lines: [describe(model, service)],
      blankLineBefore: i > 0,
    });
    for (const mount of own.volumes && Array.isArray(own.volumes) ? own.volumes : []) {
      const name = typeof mount === 'string' && !mount.startsWith('.') ? mount.split(':')[0] : null;
      if (name) volumes[name] = {};
    }
  });
  const name = model.topology.name.trim() || 'untitled topology';
  return serializeYaml({
    header: [
      `compose.yaml of "${name}": WSO2 API Manager ${model.topology.apimVersion} on Docker Compose.`,
      'Generated by apim-designer. README.md says what to put beside this file first; then: docker compose up -d',
    ],
    value: { services, ...(Object.keys(volumes).length > 0 ? { volumes } : {}) },
    comments,
    flowKeys: ['test', 'command'],
  });
}
