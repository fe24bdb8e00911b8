/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { InfrastructureKindMeta } from './meta-types.js';

export const databaseMeta = {
  kind: 'database',
  category: 'database',
  label: 'Database',
  icon: 'database',
  description:
    'A database server with WSO2AM_DB (apim_db) and/or WSO2SHARED_DB (shared_db). Wire every API-M node that uses it.',
  availableIn: () => true,
  namePrefix: 'db',
  tier: 3,
  // Every API-M kind names databases among its connections.
  connectsTo: [],
} as const satisfies InfrastructureKindMeta;
