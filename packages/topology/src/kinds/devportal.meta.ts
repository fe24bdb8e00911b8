/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const devportalMeta = {
  kind: 'devportal',
  category: 'apim',
  label: 'Developer Portal',
  icon: 'store',
  description:
    'Where application developers find APIs, subscribe and get keys; shows each gateway’s URLs.',
  namePrefix: 'devportal',
  tier: 2,
  roles: ['devportal'],
  availableIn: (v) => !v.controlPlane,
  replacement: 'a Control Plane node, which includes the Developer Portal',
  startRank: 5,
  distribution: 'all-in-one',
  uses: ['key-manager', 'traffic-manager', 'gateway'],
  connectsTo: [
    'key-manager',
    'traffic-manager',
    'publisher',
    'gateway',
    'database',
    'load-balancer',
  ],
  // 2.x called the Developer Portal the API Store.
} as const satisfies ApimKindMeta;
