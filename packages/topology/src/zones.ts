/**
 * Zones: named areas an architect draws around nodes (a DMZ, an internal network, a data centre, a
 * region). A zone lists the nodes it holds; a zone may sit inside another (`parent`), so a data
 * centre can hold its DMZ and its internal network. Zones describe the picture and where nodes run;
 * generation ignores them. The field is optional: documents without zones are unchanged.
 */
import { z } from 'zod';
import { LIMITS, NodeId, NodeName } from './fields.js';
import { ZONE_TYPES } from './zone-types.js';

export const Zone = z.strictObject({
  id: NodeId,
  name: NodeName,
  type: z.enum(ZONE_TYPES).default('other'),
  /** Ids of the nodes directly in this zone (not those of the zones inside it). */
  nodes: z.array(NodeId).max(LIMITS.nodes).default([]),
  /** The zone this one sits in. */
  parent: NodeId.optional(),
});
export type Zone = z.infer<typeof Zone>;

/**
 * Each node in one zone at most, unique zone ids, parents that exist and no zone inside itself.
 * (Whether the listed nodes exist is a diagnostic, `zone-unknown-node`: the schema sees the zones only.)
 */
export const Zones = z
  .array(Zone)
  .max(LIMITS.nodes)
  .superRefine((zones, ctx) => {
    for (const issue of zoneIssues(zones)) ctx.addIssue({ code: 'custom', ...issue });
  });

export interface ZoneIssue {
  readonly message: string;
  /** Relative to the `zones` array. */
  readonly path: (string | number)[];
}

export function zoneIssues(zones: readonly Zone[]): ZoneIssue[] {
  const out: ZoneIssue[] = [];
  const byId = new Map<string, Zone>();
  const holder = new Map<string, string>();
  zones.forEach((zone, i) => {
    if (byId.has(zone.id))
      out.push({ message: `another zone has id "${zone.id}"`, path: [i, 'id'] });
    else byId.set(zone.id, zone);
    zone.nodes.forEach((id, j) => {
      const other = holder.get(id);
      if (other !== undefined)
        out.push({
          message: `node "${id}" is already in zone "${other}": a node is in one zone at most`,
          path: [i, 'nodes', j],
        });
      else holder.set(id, zone.id);
    });
  });
  zones.forEach((zone, i) => {
    if (zone.parent === undefined) return;
    const path = [i, 'parent'];
    if (!byId.has(zone.parent)) {
      out.push({ message: `no zone has id "${zone.parent}"`, path });
      return;
    }
    const seen = new Set([zone.id]);
    for (
      let p = byId.get(zone.parent);
      p;
      p = p.parent === undefined ? undefined : byId.get(p.parent)
    ) {
      if (seen.has(p.id)) {
        out.push({ message: `zone "${zone.id}" would sit inside itself`, path });
        return;
      }
      seen.add(p.id);
    }
  });
  return out;
}
