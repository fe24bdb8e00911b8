/** A Publisher node (2.x, 3.x): APIs are created and published to gateway environments here. */
import { baseSections } from '../generate/base.js';
import {
  cacheInvalidation,
  devportalUrl,
  keyManagerClient,
  throttlingClient,
} from '../generate/clients.js';
import { gatewayEnvironments } from '../generate/environments.js';
import { publisherArtifactSync } from '../generate/ha.js';
import { tableAt, tablesAt } from '../toml-read.js';
import { defineApimKind } from './definition.js';
import { publisherMeta } from './publisher.meta.js';

export const publisherKind = defineApimKind({
  ...publisherMeta,
  profile: () => 'api-publisher',
  serverRole: () => 'api-publisher',
  cacheDomain: 'publisher-domain',
  needs: () => ['key-manager', 'traffic-manager', 'gateway', 'devportal'],
  singleUrlRoles: () => ['key-manager', 'traffic-manager', 'devportal'],
  legacyFragments: [
    'gateway-environments',
    'key-manager-client',
    'throttling-client',
    'policy-deployer',
    'store-url',
    'revoke-url',
    'apim-datasource',
    'user-store-datasource',
    'registry-mounts',
    'jndi-broker',
  ],
  importHints: [
    {
      rank: 31,
      detail: '[[apim.gateway.environment]] service_url with [apim.devportal] or [apim.throttling]',
      matches: (data) =>
        tablesAt(data, ['apim', 'gateway', 'environment']).some(
          (e) => e.service_url !== undefined,
        ) &&
        (tableAt(data, ['apim', 'devportal']) !== undefined ||
          tableAt(data, ['apim', 'throttling']) !== undefined),
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...throttlingClient(ctx, { serviceUrl: true, credentials: true }),
    ...devportalUrl(ctx),
    ...(ctx.version.publisherAndTrafficManagerUseKeyManager ? keyManagerClient(ctx) : []),
    ...cacheInvalidation(ctx),
    ...publisherArtifactSync(ctx),
  ],
});
