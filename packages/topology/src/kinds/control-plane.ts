/** A 4.x control plane: Publisher, Developer Portal, Key Manager and event hub in one node. */
import { baseSections } from '../generate/base.js';
import { cacheInvalidation, keyManagerClient } from '../generate/clients.js';
import { gatewayEnvironments } from '../generate/environments.js';
import {
  controlPlaneKeyManager,
  eventHubServer,
  ownDevportalUrl,
  ownRevocationNotifier,
} from '../generate/event-hub.js';
import { distributedThrottling } from '../generate/throttling-store.js';
import { tableAt, tablesAt } from '../toml-read.js';
import { controlPlaneMeta } from './control-plane.meta.js';
import { defineApimKind, profileName, profileRole } from './definition.js';

export const controlPlaneKind = defineApimKind({
  ...controlPlaneMeta,
  profile: (v) => profileName(v, 'control-plane'),
  serverRole: (v) => profileRole(v, 'control-plane'),
  cacheDomain: 'control-plane-domain',
  needs: () => ['gateway'],
  importHints: [
    {
      // It lists gateway environments and runs the event hub (4.x).
      rank: 15,
      detail: '[[apim.gateway.environment]] with [apim.event_hub]',
      matches: (data) =>
        tablesAt(data, ['apim', 'gateway', 'environment']).length > 0 &&
        tableAt(data, ['apim', 'event_hub']) !== undefined,
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx, { pinBasePathInCluster: true }),
    ...gatewayEnvironments(ctx, true),
    ...ownDevportalUrl(ctx),
    ...eventHubServer(ctx),
    // A separate Key Manager takes over keys and tokens (KM-separated guides: "Connecting the API
    // Control Plane to the Key Manager node"); else a clustered control plane names its own cluster.
    ...(ctx.reach('key-manager').length > 0 ? keyManagerClient(ctx) : controlPlaneKeyManager(ctx)),
    ...ownRevocationNotifier(ctx),
    ...cacheInvalidation(ctx),
    ...distributedThrottling(ctx),
  ],
});
