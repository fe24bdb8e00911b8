import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { baseSections } from '../generate/common.js';
import { publisherArtifactSync } from '../generate/ha.js';
import { gatewayEnvironments } from '../generate/sections.js';
import { ROLES, VERSIONS } from '../versions.js';
import { GatewayEnvironmentFields } from './gateway.js';
import type { ApimKindDefinition } from './kind.js';

export const AllInOneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('all-in-one'),
  /** Its own gateway's environment, listed when no separate gateway is wired to it. */
  environment: GatewayEnvironmentFields.prefault({}),
});
export type AllInOneNode = z.infer<typeof AllInOneNode>;

export const allInOneKind = {
  kind: 'all-in-one',
  category: 'apim',
  label: 'All-in-one',
  icon: 'cube',
  description:
    'An API-M node started with no profile: Publisher, Developer Portal, Key Manager, Traffic Manager and a gateway in one.',
  namePrefix: 'apim',
  roles: ROLES,
  families: ['2.x', '3.x', '4.x'],
  startRank: 0,
  uses: ['gateway'],
  connectsTo: ['gateway', 'database', 'load-balancer'],
  profile: () => null,
  serverRole: (v) => VERSIONS[v].allInOneServerRole,
  generate: (ctx) => [
    ...baseSections(ctx),
    ...gatewayEnvironments(ctx, true),
    ...publisherArtifactSync(ctx),
  ],
} as const satisfies ApimKindDefinition;
