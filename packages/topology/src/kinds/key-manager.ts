/** A Key Manager node (2.x, 3.x): issues and validates tokens. */
import { baseSections } from '../generate/base.js';
import { cacheInvalidation, revocationNotifier, throttlingClient } from '../generate/clients.js';
import { eventHubClient, eventHubPublisher } from '../generate/event-hub.js';
import { tableAt, tablesAt } from '../toml-read.js';
import { defineApimKind } from './definition.js';
import { keyManagerMeta } from './key-manager.meta.js';

export const keyManagerKind = defineApimKind({
  ...keyManagerMeta,
  profile: (v) => v.keyManagerNode?.profile ?? 'api-key-manager',
  serverRole: (v) => v.keyManagerNode?.serverRole ?? 'api-key-manager',
  cacheDomain: 'km-domain',
  legacyFragments: ['throttling-client', 'revoke-url', 'apim-datasource', 'user-store-datasource'],
  importHints: [
    {
      // A 4.x Key Manager: it sends revocations to, and listens to, a control plane's event hub.
      rank: 19,
      detail:
        '[apim.event_hub] and a token_revocation [[event_listener]], without gateway environments',
      matches: (data) =>
        tableAt(data, ['apim', 'event_hub']) !== undefined &&
        tablesAt(data, ['apim', 'gateway', 'environment']).length === 0 &&
        tablesAt(data, ['event_listener']).some((l) => l.id === 'token_revocation'),
    },
    {
      rank: 20,
      detail: '[[event_listener]] token_revocation',
      matches: (data) =>
        tablesAt(data, ['event_listener']).some((l) => l.id === 'token_revocation'),
    },
  ],
  // 4.x: the KM-separated guides' Key Manager sends token revocations to the control plane and
  // listens to its event hub; 2.x/3.x: it publishes throttle data to the Traffic Managers.
  needs: (v) => (v.eventHub ? ['event-hub'] : []),
  generate: (ctx) => [
    ...baseSections(ctx),
    ...(ctx.version.eventHub ? [] : throttlingClient(ctx, { serviceUrl: false })),
    ...revocationNotifier(ctx),
    ...eventHubClient(ctx),
    ...(ctx.version.keyManagerPublishesEvents ? eventHubPublisher(ctx) : []),
    ...cacheInvalidation(ctx),
  ],
});
