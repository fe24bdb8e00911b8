/** A Traffic Manager node: throttling decisions, and the broker that carries them. */
import { baseSections } from '../generate/base.js';
import { keyManagerClient, revokeEndpoint } from '../generate/clients.js';
import { eventHubClient } from '../generate/event-hub.js';
import { trafficManagerPeers } from '../generate/ha.js';
import { distributedThrottling } from '../generate/throttling-store.js';
import { tableAt, tablesAt, valueAt } from '../toml-read.js';
import { defineApimKind, profileName, profileRole } from './definition.js';
import { trafficManagerMeta } from './traffic-manager.meta.js';

export const trafficManagerKind = defineApimKind({
  ...trafficManagerMeta,
  profile: (v) => profileName(v, 'traffic-manager'),
  serverRole: (v) => profileRole(v, 'traffic-manager'),
  needs: (v) => (v.eventHub ? ['event-hub'] : []),
  singleUrlRoles: (v) => (v.publisherAndTrafficManagerUseKeyManager ? ['key-manager'] : []),
  importHints: [
    {
      rank: 50,
      detail: '[apim.throttling] event_duplicate_url',
      matches: (data) => valueAt(data, ['apim', 'throttling', 'event_duplicate_url']) !== undefined,
    },
    {
      rank: 52,
      detail: '[apim.event_hub] alone: no gateway environments, Key Manager or artifacts',
      matches: (data) =>
        tableAt(data, ['apim', 'event_hub']) !== undefined &&
        tablesAt(data, ['apim', 'gateway', 'environment']).length === 0 &&
        tableAt(data, ['apim', 'key_manager']) === undefined &&
        tableAt(data, ['apim', 'sync_runtime_artifacts']) === undefined,
    },
    {
      rank: 51,
      detail: '[apim.key_manager] without [apim.throttling]',
      matches: (data) =>
        !tableAt(data, ['apim', 'throttling']) &&
        tableAt(data, ['apim', 'key_manager']) !== undefined,
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...eventHubClient(ctx),
    ...(ctx.version.publisherAndTrafficManagerUseKeyManager
      ? [...keyManagerClient(ctx), ...revokeEndpoint(ctx)]
      : []),
    ...trafficManagerPeers(ctx),
    ...distributedThrottling(ctx),
  ],
});
