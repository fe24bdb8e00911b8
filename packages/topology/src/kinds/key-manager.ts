import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { cacheInvalidation, revocationNotifier, throttlingClient } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';

export const KeyManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('key-manager'),
});
export type KeyManagerNode = z.infer<typeof KeyManagerNode>;

export const keyManagerKind = {
  kind: 'key-manager',
  category: 'apim',
  label: 'Key Manager',
  icon: 'key',
  description:
    'Issues and validates tokens; gateways, the Publisher and the Developer Portal call it.',
  namePrefix: 'km',
  roles: ['key-manager'],
  families: ['2.x', '3.x'],
  startRank: 1,
  uses: ['traffic-manager'],
  connectsTo: ['traffic-manager', 'publisher', 'devportal', 'gateway', 'database', 'load-balancer'],
  profile: () => 'api-key-manager',
  serverRole: () => 'api-key-manager',
  generate: (ctx) => [
    ...baseSections(ctx),
    ...throttlingClient(ctx, { serviceUrl: false }),
    ...revocationNotifier(ctx),
    ...cacheInvalidation(ctx, 'km-domain'),
  ],
} as const satisfies ApimKindDefinition;
