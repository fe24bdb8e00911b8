import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { eventHubClient, trafficManagerPeers4x } from '../generate/event-hub.js';
import { trafficManagerPeers } from '../generate/ha.js';
import { keyManagerClient, revokeEndpoint } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';
import { trafficManagerMeta } from './traffic-manager.meta.js';

export const TrafficManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('traffic-manager'),
});
export type TrafficManagerNode = z.infer<typeof TrafficManagerNode>;

export const trafficManagerKind = {
  ...trafficManagerMeta,
  profile: () => 'traffic-manager',
  serverRole: () => 'traffic-manager',
  generate: (ctx) =>
    ctx.version.family === '4.x'
      ? [...baseSections(ctx), ...eventHubClient(ctx), ...trafficManagerPeers4x(ctx)]
      : [
          ...baseSections(ctx),
          ...(ctx.version.publisherAndTrafficManagerUseKeyManager
            ? [...keyManagerClient(ctx), ...revokeEndpoint(ctx)]
            : []),
          ...trafficManagerPeers(ctx),
        ],
} as const satisfies ApimKindDefinition;
