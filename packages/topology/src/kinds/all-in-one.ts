/** An API-M node started with no profile: every role in one. */
import { baseSections } from '../generate/base.js';
import { gatewayEnvironments, ownEnvironmentLabels } from '../generate/environments.js';
import { publisherArtifactSync } from '../generate/ha.js';
import { tablesAt } from '../toml-read.js';
import { allInOneMeta } from './all-in-one.meta.js';
import { defineApimKind } from './definition.js';

export const allInOneKind = defineApimKind({
  ...allInOneMeta,
  profile: () => null,
  serverRole: (v) => v.allInOneServerRole,
  legacyFragments: [
    'gateway-environments',
    'apim-datasource',
    'user-store-datasource',
    'registry-mounts',
  ],
  importHints: [
    {
      rank: 32,
      detail: '[[apim.gateway.environment]] service_url',
      matches: (data) =>
        tablesAt(data, ['apim', 'gateway', 'environment']).some((e) => e.service_url !== undefined),
    },
    {
      rank: 99,
      detail: 'no role-specific keys (the product default)',
      matches: () => true,
    },
  ],
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...ownEnvironmentLabels(ctx),
    ...publisherArtifactSync(ctx),
  ],
});
