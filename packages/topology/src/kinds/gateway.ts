/** A gateway node: API traffic for one gateway environment. */
import { baseSections } from '../generate/base.js';
import { gatewayCors, keyManagerClient, throttlingClient } from '../generate/clients.js';
import { gatewayLabels } from '../generate/environments.js';
import { eventHubClient, gatewayNotification } from '../generate/event-hub.js';
import { gatewayArtifactSync } from '../generate/ha.js';
import { tableAt } from '../toml-read.js';
import { defineApimKind, profileName, profileRole } from './definition.js';
import { DEFAULT_ENVIRONMENT_NAME } from './environment.js';
import { gatewayMeta } from './gateway.meta.js';
import { environmentOf } from './guards.js';

export const gatewayKind = defineApimKind({
  ...gatewayMeta,
  profile: (v) => profileName(v, 'gateway-worker'),
  serverRole: (v) => profileRole(v, 'gateway-worker'),
  needs: (v) =>
    v.eventHub
      ? ['key-manager', 'traffic-manager', 'event-hub']
      : ['key-manager', 'traffic-manager'],
  singleUrlRoles: (v) =>
    v.gatewayThrottlingServiceUrl ? ['key-manager', 'traffic-manager'] : ['key-manager'],
  // API traffic comes through the load balancer on 80 and 443 in every release.
  advertisesHttpProxy: () => true,
  legacyFragments: ['key-manager-client', 'key-validator-ws-client', 'throttling-client'],
  importHints: [
    {
      rank: 40,
      detail: '[apim.sync_runtime_artifacts.gateway]',
      matches: (data) => tableAt(data, ['apim', 'sync_runtime_artifacts', 'gateway']) !== undefined,
    },
    {
      rank: 41,
      detail: '[apim.cors]',
      matches: (data) => tableAt(data, ['apim', 'cors']) !== undefined,
    },
  ],
  // Each standalone gateway is its own environment, and environment names must be unique.
  newNodeFields: (existing, name) =>
    existing.some((n) => environmentOf(n)?.name === DEFAULT_ENVIRONMENT_NAME)
      ? { environment: { name: `${DEFAULT_ENVIRONMENT_NAME} (${name})` } }
      : {},
  generate: (ctx) => {
    const { node } = ctx;
    const environment = environmentOf(node)?.name ?? DEFAULT_ENVIRONMENT_NAME;
    const labels = ('gatewayLabels' in node ? node.gatewayLabels : undefined) ?? [environment];
    return [
      ...baseSections(ctx),
      ...keyManagerClient(ctx),
      ...gatewayLabels(ctx, labels),
      ...eventHubClient(ctx),
      ...throttlingClient(ctx, {
        serviceUrl: ctx.version.gatewayThrottlingServiceUrl,
        credentials: ctx.version.gatewayThrottlingCredentials,
      }),
      ...gatewayCors(ctx),
      ...gatewayArtifactSync(ctx, environment),
      ...gatewayNotification(ctx),
    ];
  },
});
