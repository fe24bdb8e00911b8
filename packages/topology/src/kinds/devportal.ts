import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import {
  cacheInvalidation,
  gatewayEnvironments,
  keyManagerClient,
  revokeEndpoint,
  throttlingClient,
} from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';

export const DevportalNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('devportal') });
export type DevportalNode = z.infer<typeof DevportalNode>;

export const devportalKind = {
  kind: 'devportal',
  category: 'apim',
  label: 'Developer Portal',
  icon: 'store',
  description:
    'Where application developers find APIs, subscribe and get keys; shows each gateway’s URLs.',
  namePrefix: 'devportal',
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
  profile: (v) => (v.startsWith('2.') ? 'api-store' : 'api-devportal'),
  serverRole: () => 'api-devportal',
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, false),
    ...keyManagerClient(ctx),
    ...revokeEndpoint(ctx),
    ...throttlingClient(ctx, { serviceUrl: false }),
    ...cacheInvalidation(ctx, 'devportal-domain'),
  ],
} as const satisfies ApimKindDefinition;
