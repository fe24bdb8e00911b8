import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import {
  controlPlaneKeyManager,
  eventHubServer,
  ownDevportalUrl,
  ownRevocationNotifier,
} from '../generate/event-hub.js';
import { cacheInvalidation, gatewayEnvironments } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';

export const ControlPlaneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('control-plane'),
});
export type ControlPlaneNode = z.infer<typeof ControlPlaneNode>;

export const controlPlaneKind = {
  kind: 'control-plane',
  category: 'apim',
  label: 'Control Plane',
  icon: 'layers',
  description:
    'API-M 4.x: Publisher, Developer Portal, Key Manager and event hub in one node (and the Traffic Manager, unless one is separate).',
  namePrefix: 'cp',
  roles: ['publisher', 'devportal', 'key-manager', 'event-hub', 'traffic-manager'],
  secondaryRoles: ['traffic-manager'],
  families: ['4.x'],
  startRank: 1,
  uses: ['gateway'],
  connectsTo: ['gateway', 'traffic-manager', 'database', 'load-balancer'],
  profile: () => 'control-plane',
  serverRole: () => 'control-plane',
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...ownDevportalUrl(ctx),
    ...eventHubServer(ctx),
    ...controlPlaneKeyManager(ctx),
    ...ownRevocationNotifier(ctx),
    ...cacheInvalidation(ctx, 'control-plane-domain'),
  ],
} as const satisfies ApimKindDefinition;
