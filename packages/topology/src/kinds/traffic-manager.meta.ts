/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const trafficManagerMeta = {
  kind: 'traffic-manager',
  category: 'apim',
  label: 'Traffic Manager',
  icon: 'gauge',
  description:
    'Decides on throttling from the events gateways send it, and hosts the broker that carries the decisions.',
  namePrefix: 'tm',
  tier: 2,
  roles: ['traffic-manager'],
  availableIn: () => true,
  startRank: 3,
  distribution: 'traffic-manager',
  uses: ['key-manager', 'control-plane'],
  connectsTo: [
    'control-plane',
    'key-manager',
    'publisher',
    'devportal',
    'gateway',
    'database',
    'load-balancer',
  ],
} as const satisfies ApimKindMeta;
