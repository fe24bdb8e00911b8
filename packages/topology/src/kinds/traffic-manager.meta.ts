/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './kind.js';

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
  families: ['2.x', '3.x', '4.x'],
  startRank: 2,
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
