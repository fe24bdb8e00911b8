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
import { devportalMeta } from './devportal.meta.js';

export const DevportalNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('devportal') });
export type DevportalNode = z.infer<typeof DevportalNode>;

export const devportalKind = {
  ...devportalMeta,
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
