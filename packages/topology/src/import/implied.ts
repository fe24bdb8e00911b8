/**
 * Connections a version writes no key for (the 3.1 guide gives the Publisher no `[apim.key_manager]`,
 * yet it needs a Key Manager): where a node reaches no node of a role it needs and exactly one
 * endpoint of that role exists, connect it there and say so.
 */
import type { Topology } from '../topology.js';
import { validate } from '../validate/index.js';
import type { RawEdge } from './connections.js';
import { isLoadBalancer } from '../kinds/guards.js';
import { rolesOfKind } from '../kinds/meta-registry.js';
import type { Role } from '../roles.js';

const NEEDS: Readonly<Partial<Record<string, Role>>> = {
  'missing-key-manager': 'key-manager',
  'missing-traffic-manager': 'traffic-manager',
  'missing-gateway': 'gateway',
};

export function impliedEdges(topology: Topology, notes: string[]): RawEdge[] {
  const members = new Set<string>();
  for (const e of topology.edges) {
    const lb = topology.nodes.find((n) => n.id === e.source && isLoadBalancer(n));
    if (lb) members.add(e.target);
  }
  const out: RawEdge[] = [];
  for (const d of validate(topology)) {
    const role = NEEDS[d.code];
    if (role === undefined || d.nodeId === undefined) continue;
    const endpoints = topology.nodes.filter((n) =>
      isLoadBalancer(n)
        ? rolesOfKind(n.fronts).includes(role)
        : !members.has(n.id) && n.id !== d.nodeId && rolesOfKind(n.kind).includes(role),
    );
    const only = endpoints.length === 1 ? endpoints[0] : undefined;
    if (!only) continue;
    out.push({ id: `${d.nodeId}--${only.id}`, source: d.nodeId, target: only.id });
    notes.push(
      `${d.nodeId} names no ${role} in its file (API-M ${topology.apimVersion} writes no key for it there); connected to the only one, ${only.id}.`,
    );
  }
  return out;
}
