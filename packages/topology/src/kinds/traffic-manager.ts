import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { eventHubClient, trafficManagerPeers4x } from '../generate/event-hub.js';
import { trafficManagerPeers } from '../generate/ha.js';
import { keyManagerClient, revokeEndpoint } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';

export const TrafficManagerNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('traffic-manager'),
});
export type TrafficManagerNode = z.infer<typeof TrafficManagerNode>;

export const trafficManagerKind = {
  kind: 'traffic-manager',
  category: 'apim',
  label: 'Traffic Manager',
  icon: 'gauge',
  description:
    'Decides on throttling from the events gateways send it, and hosts the broker that carries the decisions.',
  namePrefix: 'tm',
  roles: ['traffic-manager'],
  families: ['2.x', '3.x', '4.x'],
  startRank: 2,
  uses: ['key-manager', 'control-plane'],
  connectsTo: [
    'control-plane',
    'key-manager',
    'publisher',
    'devportal',
    'gateway',
    'database',
    'load-balancer',
  ],
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
