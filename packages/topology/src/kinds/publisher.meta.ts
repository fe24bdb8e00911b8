/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const publisherMeta = {
  kind: 'publisher',
  category: 'apim',
  label: 'Publisher',
  icon: 'upload',
  description:
    'Where APIs are created and published to gateway environments; deploys throttling policies.',
  namePrefix: 'pub',
  tier: 2,
  roles: ['publisher'],
  availableIn: (v) => !v.controlPlane,
  replacement: 'a Control Plane node, which includes the Publisher',
  startRank: 4,
  distribution: 'all-in-one',
  uses: ['key-manager', 'traffic-manager', 'gateway', 'devportal'],
  connectsTo: [
    'key-manager',
    'traffic-manager',
    'devportal',
    'gateway',
    'database',
    'load-balancer',
  ],
} as const satisfies ApimKindMeta;
