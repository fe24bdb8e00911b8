/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';

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
  // A separate Key Manager or Traffic Manager takes over that role from it; from 4.5 the API Control
  // Plane throttles no more (every 4.5+ distributed guide has a wso2am-tm).
  secondaryRoles: ['traffic-manager', 'key-manager'],
  rolesIn: (v) =>
    v.controlPlaneThrottles
      ? ['publisher', 'devportal', 'key-manager', 'event-hub', 'traffic-manager']
      : ['publisher', 'devportal', 'key-manager', 'event-hub'],
  availableIn: (v) => v.controlPlane,
  replacement: 'a Key Manager, a Publisher and a Developer Portal node',
  startRank: 2,
  distribution: 'control-plane',
  uses: ['gateway', 'key-manager'],
  connectsTo: ['gateway', 'key-manager', 'traffic-manager', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
