/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { ApimKindMeta } from './meta-types.js';
import { ROLES } from '../roles.js';

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
  availableIn: () => true,
  standalone: true,
  startRank: 0,
  distribution: 'all-in-one',
  uses: ['gateway'],
  connectsTo: ['gateway', 'database', 'load-balancer'],
} as const satisfies ApimKindMeta;
