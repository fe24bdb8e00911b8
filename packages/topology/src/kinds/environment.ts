/**
 * A gateway environment, as the Publisher and Developer Portal list it. Gateways and all-in-one nodes
 * declare one in their schema (`environment`); `environmentOf` in guards.ts reads it.
 */
import { z } from 'zod';
import { Text } from '../fields.js';

export const GATEWAY_TYPES = ['hybrid', 'production', 'sandbox'] as const;

/** The product's default environment, and the name of a new node's environment. */
export const DEFAULT_ENVIRONMENT_NAME = 'Production and Sandbox';

export const GatewayEnvironmentFields = z.strictObject({
  name: Text.default(DEFAULT_ENVIRONMENT_NAME),
  type: z.enum(GATEWAY_TYPES).default('hybrid'),
  displayInApiConsole: z.boolean().default(true),
  description: Text.default(
    'This is a hybrid gateway that handles both production and sandbox token traffic.',
  ),
  showAsTokenEndpointUrl: z.boolean().default(true),
});
export type GatewayEnvironmentFields = z.infer<typeof GatewayEnvironmentFields>;

const DEFAULT_ENVIRONMENT: GatewayEnvironmentFields = GatewayEnvironmentFields.parse({});

/** The environment the pack ships (every field its default): what documents 000 and 001 remove. */
export function isDefaultEnvironment(env: GatewayEnvironmentFields): boolean {
  return GatewayEnvironmentFields.keyof().options.every((k) => env[k] === DEFAULT_ENVIRONMENT[k]);
}
