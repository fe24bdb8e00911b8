/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './kind.js';

export const controlPlaneMeta = {
  kind: 'control-plane',
  category: 'apim',
  label: 'Control Plane',
  icon: 'layers',
  description:
    'API-M 4.x: Publisher, Developer Portal, Key Manager and event hub in one node (and the Traffic Manager, unless one is separate).',
  namePrefix: 'cp',
  tier: 2,
  roles: ['publisher', 'devportal', 'key-manager', 'event-hub', 'traffic-manager'],
  secondaryRoles: ['traffic-manager'],
  families: ['4.x'],
  startRank: 1,
  uses: ['gateway'],
  connectsTo: ['gateway', 'traffic-manager', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
