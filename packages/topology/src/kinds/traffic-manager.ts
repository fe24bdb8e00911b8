import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { trafficManagerPeers } from '../generate/ha.js';
import { keyManagerClient, revokeEndpoint } from '../generate/sections.js';
import { VERSIONS } from '../versions.js';
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
  uses: ['key-manager'],
  connectsTo: ['key-manager', 'publisher', 'devportal', 'gateway', 'database', 'load-balancer'],
  profile: (v) => VERSIONS[v].profile['traffic-manager'],
  serverRole: (v) => VERSIONS[v].profile['traffic-manager'],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...(ctx.version.publisherAndTrafficManagerUseKeyManager
      ? [...keyManagerClient(ctx), ...revokeEndpoint(ctx)]
      : []),
    ...trafficManagerPeers(ctx),
  ],
} as const satisfies ApimKindDefinition;
