/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { InfrastructureKindMeta } from './kind.js';
import { APIM_KINDS } from './kind.js';

export const loadBalancerMeta = {
  kind: 'load-balancer',
  category: 'load-balancer',
  label: 'Load balancer',
  icon: 'balance',
  description:
    'Fronts two or more nodes of one kind: they become one cluster that the others reach by its host name.',
  families: ['2.x', '3.x', '4.x'],
  namePrefix: 'lb',
  tier: 0,
  connectsTo: APIM_KINDS,
} as const satisfies InfrastructureKindMeta;
