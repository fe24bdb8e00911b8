/**
 * Which nodes may be joined, and what a connection carries. The kinds' `connectsTo` lists say which
 * pairs the documents connect; a load balancer's edges are checked against the kind it fronts.
 */
import { NODE_KINDS, type NodeKind } from './kinds/kind-names.js';
import { KIND_META as KINDS, type ApimKind } from './kinds/meta-registry.js';

/**
 * What the rule needs of a node (any topology node has it). A load balancer says which kind it
 * `fronts`: its edges are checked against that kind.
 */
export interface ConnectionEnd {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly fronts?: ApimKind;
}

export type EdgeCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function kindList(kinds: readonly NodeKind[]): string {
  const labels = kinds.map((k) => KINDS[k].label);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/**
 * The kinds each kind connects to: those it names, then those that name it (an edge has no
 * direction, so a connection is declared once). Asked for every edge of every check.
 */
const CONNECTED = new Map<NodeKind, readonly NodeKind[]>(
  NODE_KINDS.map((k) => {
    const own: readonly NodeKind[] = KINDS[k].connectsTo;
    const naming = NODE_KINDS.filter(
      (o) => !own.includes(o) && (KINDS[o].connectsTo as readonly NodeKind[]).includes(k),
    );
    return [k, [...own, ...naming]];
  }),
);
const CONNECTS = new Map<NodeKind, ReadonlySet<NodeKind>>(
  [...CONNECTED].map(([k, list]) => [k, new Set(list)]),
);

/** Every kind a node of this kind may be joined to. */
export function connectedKinds(kind: NodeKind): readonly NodeKind[] {
  return CONNECTED.get(kind) ?? [];
}

/** Whether the documents connect these two kinds at all (ignoring what a load balancer fronts). */
export function kindsConnect(a: NodeKind, b: NodeKind): boolean {
  return CONNECTS.get(a)?.has(b) ?? false;
}

/** Whether nodes of kind `a` call the services of nodes of kind `b` (a → b). */
export function kindUses(a: NodeKind, b: NodeKind): boolean {
  const def = KINDS[a];
  return def.category === 'apim' && (def.uses as readonly NodeKind[]).includes(b);
}

const OK: EdgeCheck = { ok: true };

/** Why a connection between these two nodes is refused, in words that say what would work. */
export function checkConnection(a: ConnectionEnd, b: ConnectionEnd): EdgeCheck {
  if (a.id === b.id) return { ok: false, reason: `${a.name} cannot be connected to itself.` };
  if (!kindsConnect(a.kind, b.kind)) {
    return {
      ok: false,
      reason:
        `A ${KINDS[a.kind].label} does not connect to a ${KINDS[b.kind].label} in WSO2's deployment patterns. ` +
        `${KINDS[a.kind].label} connects to: ${kindList(connectedKinds(a.kind))}.`,
    };
  }
  return lbRefusal(a, b) ?? lbRefusal(b, a) ?? OK;
}

/** Why a load balancer `lb` may not be joined to `other`, or undefined when it may (or is none). */
function lbRefusal(lb: ConnectionEnd, other: ConnectionEnd): EdgeCheck | undefined {
  const fronts = lb.fronts;
  if (fronts === undefined) return undefined;
  if (other.kind === fronts || kindUses(other.kind, fronts)) return undefined;
  return {
    ok: false,
    reason:
      `Load balancer ${lb.name} fronts ${KINDS[fronts].label} nodes, and a ${KINDS[other.kind].label} ` +
      `neither is one nor reaches one. Connect it to a ${KINDS[fronts].label} to add a member, or to a node ` +
      `that uses ${KINDS[fronts].label}s (${kindList(NODE_KINDS.filter((k) => kindUses(k, fronts))) || 'none'}).`,
  };
}
