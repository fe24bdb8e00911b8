/** A 4.x control plane: Publisher, Developer Portal, Key Manager and event hub in one node. */
import { baseSections } from '../generate/base.js';
import { cacheInvalidation } from '../generate/clients.js';
import { gatewayEnvironments } from '../generate/environments.js';
import {
  controlPlaneKeyManager,
  eventHubServer,
  ownDevportalUrl,
  ownRevocationNotifier,
} from '../generate/event-hub.js';
import { controlPlaneMeta } from './control-plane.meta.js';
import { defineApimKind } from './definition.js';

export const controlPlaneKind = defineApimKind({
  ...controlPlaneMeta,
  profile: () => 'control-plane',
  serverRole: () => 'control-plane',
  cacheDomain: 'control-plane-domain',
  needs: () => ['gateway'],
  generate: (ctx) => [
    ...baseSections(ctx, { pinBasePathInCluster: true }),
    ...gatewayEnvironments(ctx, true),
    ...ownDevportalUrl(ctx),
    ...eventHubServer(ctx),
    ...controlPlaneKeyManager(ctx),
    ...ownRevocationNotifier(ctx),
    ...cacheInvalidation(ctx),
  ],
});
