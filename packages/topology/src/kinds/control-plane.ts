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
import { controlPlaneMeta } from './control-plane.meta.js';

export const ControlPlaneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('control-plane'),
});
export type ControlPlaneNode = z.infer<typeof ControlPlaneNode>;

export const controlPlaneKind = {
  ...controlPlaneMeta,
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
