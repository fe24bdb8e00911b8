/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './kind.js';
import { ROLES } from '../versions.js';

export const allInOneMeta = {
  kind: 'all-in-one',
  category: 'apim',
  label: 'All-in-one',
  icon: 'cube',
  description:
    'An API-M node started with no profile: Publisher, Developer Portal, Key Manager, Traffic Manager and a gateway in one.',
  namePrefix: 'apim',
  tier: 2,
  roles: ROLES,
  families: ['2.x', '3.x', '4.x'],
  startRank: 0,
  uses: ['gateway'],
  connectsTo: ['gateway', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
