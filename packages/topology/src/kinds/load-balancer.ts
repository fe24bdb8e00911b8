/**
 * A load balancer. An edge to a node of the kind it `fronts` makes that node a cluster member; an
 * edge to any other node says that node reaches the cluster through it (topology-v1.md).
 */
import { z } from 'zod';
import { nodeBaseShape } from '../fields.js';
import type { InfrastructureKindDefinition } from './kind.js';
import { APIM_KINDS } from './kind.js';

export const LoadBalancerNode = z.strictObject({
  ...nodeBaseShape,
  kind: z.literal('load-balancer'),
  fronts: z.enum(APIM_KINDS),
});
export type LoadBalancerNode = z.infer<typeof LoadBalancerNode>;

export const loadBalancerKind = {
  kind: 'load-balancer',
  category: 'load-balancer',
  label: 'Load balancer',
  icon: 'balance',
  description:
    'Fronts two or more nodes of one kind: they become one cluster that the others reach by its host name.',
  namePrefix: 'lb',
  connectsTo: APIM_KINDS,
} as const satisfies InfrastructureKindDefinition;
