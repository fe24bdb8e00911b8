import { z } from 'zod';
import { Text, apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { eventHubClient, gatewayLabels } from '../generate/event-hub.js';
import { gatewayArtifactSync } from '../generate/ha.js';
import { gatewayCors, keyManagerClient, throttlingClient } from '../generate/sections.js';
import type { ApimKindDefinition } from './kind.js';
import { gatewayMeta } from './gateway.meta.js';

export const GATEWAY_TYPES = ['hybrid', 'production', 'sandbox'] as const;

/** A gateway environment, as the Publisher and Developer Portal list it. */
export const GatewayEnvironmentFields = z.strictObject({
  name: Text.default('Production and Sandbox'),
  type: z.enum(GATEWAY_TYPES).default('hybrid'),
  displayInApiConsole: z.boolean().default(true),
  description: Text.default(
    'This is a hybrid gateway that handles both production and sandbox token traffic.',
  ),
  showAsTokenEndpointUrl: z.boolean().default(true),
});
export type GatewayEnvironmentFields = z.infer<typeof GatewayEnvironmentFields>;

export const GatewayNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('gateway'),
  environment: GatewayEnvironmentFields.prefault({}),
  /** 4.x: the environment labels it deploys the APIs of; omitted: its own environment's name. */
  gatewayLabels: z.array(Text).max(20).optional(),
});
export type GatewayNode = z.infer<typeof GatewayNode>;

export const gatewayKind = {
  ...gatewayMeta,
  profile: () => 'gateway-worker',
  serverRole: () => 'gateway-worker',
  generate: (ctx) =>
    ctx.version.family === '4.x'
      ? [
          ...baseSections(ctx),
          ...keyManagerClient(ctx),
          ...gatewayLabels(ctx),
          ...eventHubClient(ctx),
          ...throttlingClient(ctx, { serviceUrl: true, credentials: true }),
        ]
      : [
          ...baseSections(ctx),
          ...keyManagerClient(ctx),
          ...throttlingClient(ctx, { serviceUrl: ctx.version.gatewayThrottlingServiceUrl }),
          ...(ctx.version.gatewayCors ? gatewayCors() : []),
          ...gatewayArtifactSync(ctx),
        ],
} as const satisfies ApimKindDefinition;
