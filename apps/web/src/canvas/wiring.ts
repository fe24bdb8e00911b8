/**
 * Guided wiring: while a connection is dragged, each node knows whether it may be its other end,
 * and if not, why (the core's connection rules, and "already connected").
 */
import type { Topology } from '@apim-designer/topology';
import { checkConnection } from '@apim-designer/topology/meta';
import { useConnection } from '@xyflow/react';
import { connected } from '../model/edits.js';
import { useTopologyGetter } from '../state/designer-context.js';

/** Why `a` may not be connected to `b` now, or null when it may. */
export function refusal(t: Topology, a: string, b: string): string | null {
  const na = t.nodes.find((n) => n.id === a);
  const nb = t.nodes.find((n) => n.id === b);
  if (!na || !nb) return 'One of the two nodes no longer exists.';
  const check = checkConnection(na, nb);
  if (!check.ok) return check.reason;
  if (connected(t, a, b)) return `${na.name} and ${nb.name} are already connected.`;
  return null;
}

export type Wiring =
  | { readonly state: 'idle' }
  | { readonly state: 'source' }
  | { readonly state: 'valid' }
  | { readonly state: 'refused'; readonly reason: string };

const IDLE: Wiring = { state: 'idle' };
const SOURCE: Wiring = { state: 'source' };
const VALID: Wiring = { state: 'valid' };

/** This node's part in the connection being dragged, if one is. */
export function useWiring(nodeId: string): Wiring {
  const from = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  const get = useTopologyGetter();
  if (from === null) return IDLE;
  if (from === nodeId) return SOURCE;
  const reason = refusal(get(), from, nodeId);
  return reason === null ? VALID : { state: 'refused', reason };
}
