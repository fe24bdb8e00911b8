/** Metadata of the kind: what the palette, the canvas and the connection rules need (no zod, no generator). */
import type { InfrastructureKindMeta } from './kind.js';

export const databaseMeta = {
  kind: 'database',
  category: 'database',
  label: 'Database',
  icon: 'database',
  description:
    'A database server with WSO2AM_DB (apim_db) and/or WSO2SHARED_DB (shared_db). Wire every API-M node that uses it.',
  families: ['2.x', '3.x', '4.x'],
  namePrefix: 'db',
  tier: 3,
  connectsTo: [
    'control-plane',
    'key-manager',
    'traffic-manager',
    'publisher',
    'devportal',
    'gateway',
    'all-in-one',
  ],
} as const satisfies InfrastructureKindMeta;
