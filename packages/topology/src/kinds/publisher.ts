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

export const PublisherNode = z.strictObject({ ...apimNodeBaseShape, kind: z.literal('publisher') });
export type PublisherNode = z.infer<typeof PublisherNode>;

export const publisherKind = {
  kind: 'publisher',
  category: 'apim',
  label: 'Publisher',
  icon: 'upload',
  description:
    'Where APIs are created and published to gateway environments; deploys throttling policies.',
  namePrefix: 'pub',
  roles: ['publisher'],
  families: ['2.x', '3.x'],
  startRank: 3,
  uses: ['key-manager', 'traffic-manager', 'gateway', 'devportal'],
  connectsTo: [
    'key-manager',
    'traffic-manager',
    'devportal',
    'gateway',
    'database',
    'load-balancer',
  ],
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
