import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { cacheInvalidation, revocationNotifier, throttlingClient } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';
import { keyManagerMeta } from './key-manager.meta.js';

export const KeyManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('key-manager'),
});
export type KeyManagerNode = z.infer<typeof KeyManagerNode>;

export const keyManagerKind = {
  ...keyManagerMeta,
  profile: () => 'api-key-manager',
  serverRole: () => 'api-key-manager',
  generate: (ctx) => [
    ...baseSections(ctx),
    ...throttlingClient(ctx, { serviceUrl: false }),
    ...revocationNotifier(ctx),
    ...cacheInvalidation(ctx, 'km-domain'),
  ],
} as const satisfies ApimKindDefinition;
