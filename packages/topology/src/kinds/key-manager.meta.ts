/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './kind.js';

export const keyManagerMeta = {
  kind: 'key-manager',
  category: 'apim',
  label: 'Key Manager',
  icon: 'key',
  description:
    'Issues and validates tokens; gateways, the Publisher and the Developer Portal call it.',
  namePrefix: 'km',
  tier: 2,
  roles: ['key-manager'],
  families: ['2.x', '3.x'],
  startRank: 1,
  uses: ['traffic-manager'],
  connectsTo: ['traffic-manager', 'publisher', 'devportal', 'gateway', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
