/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

export const keyManagerMeta = {
  kind: 'key-manager',
  category: 'apim',
  label: 'Key Manager',
  icon: 'key',
  description:
    'Issues and validates tokens; gateways, the Publisher and the Developer Portal call it.',
  namePrefix: 'km',
  roles: ['key-manager'],
  availableIn: (v) => !v.controlPlane,
  replacement: 'a Control Plane node, which includes the Key Manager',
  startRank: 1,
  uses: ['traffic-manager'],
  connectsTo: ['traffic-manager', 'publisher', 'devportal', 'gateway', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
