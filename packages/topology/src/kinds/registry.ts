/** Every node kind, keyed by its name. Shared code iterates this; it does not switch on kinds. */
import { allInOneKind } from './all-in-one.js';
import { controlPlaneKind } from './control-plane.js';
import { databaseKind } from './database.js';
import { devportalKind } from './devportal.js';
import { gatewayKind } from './gateway.js';
import type { ApimKindDefinition, KindDefinition, NodeKind } from './kind.js';
import { isApimKind } from './kind.js';
import { keyManagerKind } from './key-manager.js';
import { loadBalancerKind } from './load-balancer.js';
import { publisherKind } from './publisher.js';
import { trafficManagerKind } from './traffic-manager.js';

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
} as const satisfies Record<NodeKind, KindDefinition>;

export function apimKind(kind: NodeKind): ApimKindDefinition | undefined {
  if (!isApimKind(kind)) return undefined;
  const def: KindDefinition = KINDS[kind];
  return def.category === 'apim' ? def : undefined;
}

export function kindLabel(kind: NodeKind): string {
  return KINDS[kind].label;
}
