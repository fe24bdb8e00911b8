/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { InfrastructureKindMeta } from './meta-types.js';

export const redisMeta = {
  kind: 'redis',
  category: 'key-value-store',
  label: 'Redis',
  icon: 'memory',
  description:
    'A Redis or Valkey server (replication mode, not sharded) where the Traffic Managers share throttle counters (4.6+ distributed throttling).',
  // docs-apim 4.6.0 api-gateway/rate-limiting/distributed-throttling.md: "Open the deployment.toml file
  // for both the control plane and traffic-manager components".
  availableIn: (v) => v.distributedThrottling,
  namePrefix: 'redis',
  tier: 3,
  connectsTo: ['traffic-manager', 'control-plane'],
} as const satisfies InfrastructureKindMeta;
