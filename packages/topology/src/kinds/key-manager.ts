/** A Key Manager node (2.x, 3.x): issues and validates tokens. */
import { baseSections } from '../generate/base.js';
import { cacheInvalidation, revocationNotifier, throttlingClient } from '../generate/clients.js';
import { tablesAt } from '../toml-read.js';
import { defineApimKind } from './definition.js';
import { keyManagerMeta } from './key-manager.meta.js';

export const keyManagerKind = defineApimKind({
  ...keyManagerMeta,
  profile: () => 'api-key-manager',
  serverRole: () => 'api-key-manager',
  cacheDomain: 'km-domain',
  legacyFragments: ['throttling-client', 'revoke-url', 'apim-datasource', 'user-store-datasource'],
  importHints: [
    {
      rank: 20,
      detail: '[[event_listener]] token_revocation',
      matches: (data) =>
        tablesAt(data, ['event_listener']).some((l) => l.id === 'token_revocation'),
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...throttlingClient(ctx, { serviceUrl: false }),
    ...revocationNotifier(ctx),
    ...cacheInvalidation(ctx),
  ],
});
