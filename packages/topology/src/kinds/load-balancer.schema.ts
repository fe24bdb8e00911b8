/**
 * A load balancer. An edge to a node of the kind it `fronts` makes that node a cluster member; an
 * edge to any other node says that node reaches the cluster through it (topology-v1.md).
 */
import { z } from 'zod';
import { nodeBaseShape } from '../fields.js';
import { APIM_KINDS } from './meta-registry.js';

/**
 * How the gateways of one cluster share deployed APIs: a shared file system (all nodes write), rsync
 * from one Gateway Manager (the first member), or the inbuilt database synchroniser (3.2+, the default there).
 */
export const ARTIFACT_SYNC_MODES = ['database', 'shared-file-system', 'rsync'] as const;
export const ArtifactSync = z.enum(ARTIFACT_SYNC_MODES);
export type ArtifactSync = z.infer<typeof ArtifactSync>;

export const LoadBalancerNode = z.strictObject({
  ...nodeBaseShape,
  kind: z.literal('load-balancer'),
  fronts: z.enum(APIM_KINDS),
  /** Gateway clusters only; omitted: the version's default (the database synchroniser from 3.2). */
  artifactSync: ArtifactSync.optional(),
  /** Hazelcast clustering among the members (`[clustering]`, well-known-address membership). */
  hazelcast: z.boolean().default(false),
});
export type LoadBalancerNode = z.infer<typeof LoadBalancerNode>;
