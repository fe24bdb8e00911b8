/** A Developer Portal node (2.x: the API Store; 3.x). */
import { baseSections } from '../generate/base.js';
import {
  cacheInvalidation,
  keyManagerClient,
  revokeEndpoint,
  throttlingClient,
} from '../generate/clients.js';
import { gatewayEnvironments } from '../generate/environments.js';
import { tablesAt } from '../toml-read.js';
import { defineApimKind } from './definition.js';
import { devportalMeta } from './devportal.meta.js';

export const devportalKind = defineApimKind({
  ...devportalMeta,
  profile: (v) => (v.apiStoreNaming ? 'api-store' : 'api-devportal'),
  serverRole: () => 'api-devportal',
  // The 3.2 guide's Developer Portal sample still says `api-store`.
  importedServerRoles: ['api-store'],
  cacheDomain: 'devportal-domain',
  needs: () => ['key-manager', 'traffic-manager', 'gateway'],
  singleUrlRoles: () => ['key-manager'],
  legacyFragments: [
    'gateway-environments',
    'key-manager-client',
    'throttling-client',
    'revoke-url',
    'apim-datasource',
    'user-store-datasource',
    'registry-mounts',
  ],
  importHints: [
    {
      rank: 30,
      detail: '[[apim.gateway.environment]] without service_url',
      matches: (data) => {
        const envs = tablesAt(data, ['apim', 'gateway', 'environment']);
        return envs.length > 0 && !envs.some((e) => e.service_url !== undefined);
      },
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, false),
    ...keyManagerClient(ctx),
    ...revokeEndpoint(ctx),
    ...throttlingClient(ctx, { serviceUrl: false }),
    ...cacheInvalidation(ctx),
  ],
});
