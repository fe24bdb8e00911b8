import { z } from 'zod';
import { apimNodeBaseShape } from '../fields.js';
import { GatewayEnvironmentFields } from './environment.js';

export const AllInOneNode = z.strictObject({
  ...apimNodeBaseShape,
  kind: z.literal('all-in-one'),
  /** Its own gateway's environment, listed when no separate gateway is wired to it. */
  environment: GatewayEnvironmentFields.prefault({}),
});
export type AllInOneNode = z.infer<typeof AllInOneNode>;
