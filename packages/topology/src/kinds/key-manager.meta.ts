/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const keyManagerMeta = {
  kind: 'key-manager',
  category: 'apim',
  label: 'Key Manager',
  icon: 'key',
  description:
    'Issues and validates tokens; gateways, the Publisher and the Developer Portal (4.x: the Control Plane) call it.',
  namePrefix: 'km',
  tier: 2,
  roles: ['key-manager'],
  // 2.x, 3.x; on 4.x where WSO2 documents a separate Key Manager (4.0, 4.3+: versions.ts).
  availableIn: (v) => v.keyManagerNode !== null,
  replacement: 'a Control Plane node, which includes the Key Manager',
  startRank: 1,
  distribution: 'key-manager',
  // 3.x: it publishes throttle data to the Traffic Manager; 4.x: it listens to the control plane's
  // event hub and sends it token revocations.
  uses: ['traffic-manager', 'control-plane'],
  connectsTo: [
    'control-plane',
    'traffic-manager',
    'publisher',
    'devportal',
    'gateway',
    'database',
    'load-balancer',
  ],
} as const satisfies ApimKindMeta;
