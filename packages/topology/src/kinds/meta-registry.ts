/** Every kind's metadata, keyed by kind (plain data: see meta.ts). */
import { allInOneMeta } from './all-in-one.meta.js';
import { controlPlaneMeta } from './control-plane.meta.js';
import { databaseMeta } from './database.meta.js';
import { devportalMeta } from './devportal.meta.js';
import { gatewayMeta } from './gateway.meta.js';
import type { KindMeta, NodeKind } from './kind.js';
import { keyManagerMeta } from './key-manager.meta.js';
import { loadBalancerMeta } from './load-balancer.meta.js';
import { publisherMeta } from './publisher.meta.js';
import { trafficManagerMeta } from './traffic-manager.meta.js';

export const KIND_META = {
  'control-plane': controlPlaneMeta,
  'key-manager': keyManagerMeta,
  'traffic-manager': trafficManagerMeta,
  publisher: publisherMeta,
  devportal: devportalMeta,
  gateway: gatewayMeta,
  'all-in-one': allInOneMeta,
  'load-balancer': loadBalancerMeta,
  database: databaseMeta,
} as const satisfies Record<NodeKind, KindMeta>;
