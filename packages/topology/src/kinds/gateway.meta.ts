/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const gatewayMeta = {
  kind: 'gateway',
  category: 'apim',
  label: 'Gateway',
  icon: 'gateway',
  description:
    'Serves API traffic; validates keys at the Key Manager and reports to the Traffic Manager. One gateway environment.',
  namePrefix: 'gw',
  tier: 1,
  roles: ['gateway'],
  availableIn: () => true,
  startRank: 6,
  distribution: 'gateway',
  uses: ['key-manager', 'traffic-manager', 'all-in-one', 'control-plane'],
  connectsTo: [
    'control-plane',
    'key-manager',
    'traffic-manager',
    'publisher',
    'devportal',
    'all-in-one',
    'database',
    'load-balancer',
  ],
} as const satisfies ApimKindMeta;
