import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import {
  cacheInvalidation,
  devportalUrl,
  gatewayEnvironments,
  keyManagerClient,
  throttlingClient,
} from '../generate/sections.js';
import { publisherArtifactSync } from '../generate/ha.js';
import type { ApimKindDefinition } from './kind.js';
import { publisherMeta } from './publisher.meta.js';

export const PublisherNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('publisher') });
export type PublisherNode = z.infer<typeof PublisherNode>;

export const publisherKind = {
  ...publisherMeta,
  profile: () => 'api-publisher',
  serverRole: () => 'api-publisher',
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...throttlingClient(ctx, { serviceUrl: true, credentials: true }),
    ...devportalUrl(ctx),
    ...(ctx.version.publisherAndTrafficManagerUseKeyManager ? keyManagerClient(ctx) : []),
    ...cacheInvalidation(ctx, 'publisher-domain'),
    ...publisherArtifactSync(ctx),
  ],
} as const satisfies ApimKindDefinition;
