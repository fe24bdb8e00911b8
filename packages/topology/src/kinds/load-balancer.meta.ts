/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { InfrastructureKindMeta } from './meta-types.js';

export const loadBalancerMeta = {
  kind: 'load-balancer',
  category: 'load-balancer',
  label: 'Load balancer',
  icon: 'balance',
  description:
    'Fronts two or more nodes of one kind: they become one cluster that the others reach by its host name.',
  availableIn: () => true,
  namePrefix: 'lb',
  tier: 0,
  // Every API-M kind names load balancers among its connections.
  connectsTo: [],
} as const satisfies InfrastructureKindMeta;
