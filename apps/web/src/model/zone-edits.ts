/**
 * Edits of the document's zones (the core's optional `zones` field): group nodes into a zone, move a
 * node in or out, rename, retype, remove. Pure and zod-free, like edits.ts.
 */
import type { Topology, Zone, ZoneType } from '@apim-designer/topology';

type Zones = readonly Zone[];

/** The ids of a zone's nodes, those of the zones inside it included. */
export function zoneMembers(t: Pick<Topology, 'zones'>, zoneId: string): string[] {
  const zones = t.zones ?? [];
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const z = zones.find((x) => x.id === id);
    if (!z) return;
    out.push(...z.nodes);
    for (const c of zones) if (c.parent === id) walk(c.id);
  };
  walk(zoneId);
  return out;
}

export function zoneOf(t: Pick<Topology, 'zones'>, nodeId: string): Zone | undefined {
  return (t.zones ?? []).find((z) => z.nodes.includes(nodeId));
}

function withZones(t: Topology, zones: Zones): Topology {
  if (zones.length === 0) {
    // The field is optional: a document without zones does not carry an empty list.
    const rest: Topology = { ...t };
    delete rest.zones;
    return rest;
  }
  return { ...t, zones: [...zones] };
}

function freshZoneId(t: Topology): string {
  const taken = new Set([...(t.zones ?? []).map((z) => z.id), ...t.nodes.map((n) => n.id)]);
  for (let i = 1; ; i++) if (!taken.has(`zone-${i}`)) return `zone-${i}`;
}

/**
 * A new zone around these nodes. Nodes already in a zone move to the new one, which sits inside the
 * zone they shared (if they all shared one), so a DMZ can be drawn inside a data centre.
 */
export function groupIntoZone(
  t: Topology,
  nodeIds: readonly string[],
  type: ZoneType = 'other',
): { topology: Topology; zoneId: string } | null {
  const ids = nodeIds.filter((id) => t.nodes.some((n) => n.id === id));
  if (ids.length === 0) return null;
  const zones = t.zones ?? [];
  const holders = new Set(ids.map((id) => zoneOf(t, id)?.id));
  const [only] = holders;
  const parent = holders.size === 1 && only !== undefined ? only : undefined;
  const zoneId = freshZoneId(t);
  const taken = new Set(ids);
  const zone: Zone = {
    id: zoneId,
    name: `Zone ${zones.length + 1}`,
    type,
    nodes: ids,
    ...(parent !== undefined ? { parent } : {}),
  };
  const next = zones.map((z) =>
    z.nodes.some((id) => taken.has(id))
      ? { ...z, nodes: z.nodes.filter((id) => !taken.has(id)) }
      : z,
  );
  return { topology: withZones(t, [...next, zone]), zoneId };
}

export function updateZone(t: Topology, zone: Zone): Topology {
  return withZones(
    t,
    (t.zones ?? []).map((z) => (z.id === zone.id ? zone : z)),
  );
}

/** Puts a node in a zone (or in none), out of any other. */
export function setNodeZone(t: Topology, nodeId: string, zoneId: string | null): Topology {
  return withZones(
    t,
    (t.zones ?? []).map((z) => {
      const has = z.nodes.includes(nodeId);
      if (z.id === zoneId) return has ? z : { ...z, nodes: [...z.nodes, nodeId] };
      return has ? { ...z, nodes: z.nodes.filter((id) => id !== nodeId) } : z;
    }),
  );
}

/** Removes zones (not their nodes); the zones inside one move to its parent. */
export function removeZones(t: Topology, ids: ReadonlySet<string>): Topology {
  const zones = t.zones ?? [];
  if (!zones.some((z) => ids.has(z.id))) return t;
  const parentOf = new Map(zones.map((z) => [z.id, z.parent]));
  const lift = (p: string | undefined): string | undefined => {
    let at = p;
    for (let i = 0; at !== undefined && ids.has(at) && i < zones.length; i++) at = parentOf.get(at);
    return at !== undefined && ids.has(at) ? undefined : at;
  };
  return withZones(
    t,
    zones
      .filter((z) => !ids.has(z.id))
      .map((z) => {
        const parent = lift(z.parent);
        if (parent === z.parent) return z;
        const moved: Zone = { ...z };
        delete moved.parent;
        return parent === undefined ? moved : { ...moved, parent };
      }),
  );
}

/** The zones without these nodes (a deletion). */
export function zonesWithout(t: Topology, nodeIds: ReadonlySet<string>): Topology {
  const zones = t.zones;
  if (!zones || !zones.some((z) => z.nodes.some((id) => nodeIds.has(id)))) return t;
  return withZones(
    t,
    zones.map((z) =>
      z.nodes.some((id) => nodeIds.has(id))
        ? { ...z, nodes: z.nodes.filter((id) => !nodeIds.has(id)) }
        : z,
    ),
  );
}
