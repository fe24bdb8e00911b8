/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './kind.js';

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
  families: ['2.x', '3.x'],
  startRank: 4,
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
