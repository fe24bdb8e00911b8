/** Every node kind's definition, keyed by its name. Shared code looks kinds up here; it does not switch on them. */
import { allInOneKind } from './all-in-one.js';
import { controlPlaneKind } from './control-plane.js';
import { databaseMeta } from './database.meta.js';
import type {
  ApimKindDefinition,
  InfrastructureKindDefinition,
  KindDefinition,
} from './definition.js';
import { devportalKind } from './devportal.js';
import { gatewayKind } from './gateway.js';
import { keyManagerKind } from './key-manager.js';
import type { NodeKind } from './kind-names.js';
import { loadBalancerMeta } from './load-balancer.meta.js';
import { APIM_KINDS, type ApimKind } from './meta-registry.js';
import { publisherKind } from './publisher.js';
import { redisMeta } from './redis.meta.js';
import { trafficManagerKind } from './traffic-manager.js';

const loadBalancerKind: InfrastructureKindDefinition = {
  ...loadBalancerMeta,
  // A new load balancer fronts gateways, the most common cluster.
  newNodeFields: () => ({ fronts: 'gateway' }),
};

const databaseKind: InfrastructureKindDefinition = databaseMeta;

const redisKind: InfrastructureKindDefinition = redisMeta;

export const KINDS = {
  'control-plane': controlPlaneKind,
  'key-manager': keyManagerKind,
  'traffic-manager': trafficManagerKind,
  publisher: publisherKind,
  devportal: devportalKind,
  gateway: gatewayKind,
  'all-in-one': allInOneKind,
  'load-balancer': loadBalancerKind,
  database: databaseKind,
  redis: redisKind,
} as const satisfies Record<NodeKind, KindDefinition>;

/** An API-M kind's definition. */
export function apimKind(kind: ApimKind): ApimKindDefinition {
  return KINDS[kind];
}

/** Every API-M kind's definition, in registry order. */
export function apimKinds(): ApimKindDefinition[] {
  return APIM_KINDS.map(apimKind);
}
