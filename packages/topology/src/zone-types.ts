/**
 * The kinds of zone an architect draws around nodes (the network segments and sites of a
 * deployment diagram). Plain data with no zod, so the canvas can label zones at first paint
 * (docs/decisions/0004); the schema is in `zones.ts`.
 */
export const ZONE_TYPES = ['dmz', 'internal', 'data-centre', 'region', 'other'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];

export const ZONE_LABELS: Readonly<Record<ZoneType, string>> = {
  dmz: 'DMZ',
  internal: 'Internal network',
  'data-centre': 'Data centre',
  region: 'Region',
  other: 'Zone',
};
