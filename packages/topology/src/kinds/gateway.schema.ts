import { z } from 'zod';
import { Text, apimNodeBaseShape } from '../fields.js';
import { GatewayEnvironmentFields } from './environment.js';

export const GatewayNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('gateway'),
  environment: GatewayEnvironmentFields.prefault({}),
  /** 4.x: the environment labels it deploys the APIs of; omitted: its own environment's name. */
  gatewayLabels: z.array(Text).max(20).optional(),
});
export type GatewayNode = z.infer<typeof GatewayNode>;
