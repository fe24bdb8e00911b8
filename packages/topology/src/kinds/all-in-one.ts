import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { gatewayLabels } from '../generate/event-hub.js';
import { publisherArtifactSync } from '../generate/ha.js';
import { gatewayEnvironments } from '../generate/sections.js';
import { VERSIONS } from '../versions.js';
import { GatewayEnvironmentFields } from './gateway.js';
import type { ApimKindDefinition } from './kind.js';
import { allInOneMeta } from './all-in-one.meta.js';

export const AllInOneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('all-in-one'),
  /** Its own gateway's environment, listed when no separate gateway is wired to it. */
  environment: GatewayEnvironmentFields.prefault({}),
});
export type AllInOneNode = z.infer<typeof AllInOneNode>;

export const allInOneKind = {
  ...allInOneMeta,
  profile: () => null,
  serverRole: (v) => VERSIONS[v].allInOneServerRole,
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...gatewayLabels(ctx),
    ...publisherArtifactSync(ctx),
  ],
} as const satisfies ApimKindDefinition;
