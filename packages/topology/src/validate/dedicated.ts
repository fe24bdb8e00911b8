/**
 * A separate Key Manager or Traffic Manager that some node still goes around: the KM-separated and
 * TM-separated guides connect every gateway (and, for the Key Manager, the control plane) to the
 * separate node, which then does that work for the whole deployment.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Endpoint } from '../generate/context.js';
import {
  apimMeta,
  isDedicatedTo,
  kindAvailable,
  kindLabel,
  secondaryRolesOfKind,
} from '../kinds/meta-registry.js';
import { NODE_KINDS, type NodeKind } from '../kinds/kind-names.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { ROLE_LABELS, type Role } from '../roles.js';
import type { ApimNode } from '../topology.js';

/** The roles a separate node takes over from the nodes that include them (a control plane's). */
const SEPARABLE: readonly Role[] = [...new Set(NODE_KINDS.flatMap(secondaryRolesOfKind))];

function kindOf(ep: Endpoint): NodeKind {
  return ep.type === 'node' ? ep.node.kind : ep.lb.fronts;
}

function nameOf(ep: Endpoint): string {
  return ep.type === 'node' ? ep.node.name : ep.lb.name;
}

/**
 * Whether a node turns to another for the role: it needs the role (a gateway's Key Manager), or plays
 * it only until a node dedicated to it is reached (a control plane's Key Manager).
 */
function turnsTo(model: TopologyModel, node: ApimNode, role: Role): boolean {
  if (
    apimKind(node.kind)
      .needs(model.version)
      .some((r) => r === role)
  )
    return true;
  return (
    secondaryRolesOfKind(node.kind).includes(role) &&
    apimMeta(node.kind).uses.some((k: NodeKind) => isDedicatedTo(k, role))
  );
}

export function checkDedicatedNodes(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const role of SEPARABLE) {
    const dedicated = model.dedicatedNodes(role);
    if (dedicated.length === 0) continue;
    const label = ROLE_LABELS[role];
    const names = dedicated.map((n) => n.name).join(', ');
    const separate = dedicated.length > 1 ? `are separate ${label}s` : `is a separate ${label}`;
    for (const node of model.apimNodes()) {
      if (isDedicatedTo(node.kind, role) || !kindAvailable(node.kind, model.version)) continue;
      if (!turnsTo(model, node, role)) continue;
      const eps = model.reach(node.id, role);
      if (eps.some((ep) => isDedicatedTo(kindOf(ep), role))) continue;
      // Reaching none is missing-* for a node that needs the role; one that plays it itself (a
      // control plane's Key Manager) keeps doing so.
      if (eps.length === 0 && !model.rolesOf(node.kind).includes(role)) continue;
      const now =
        eps.length > 0
          ? `uses the ${label} of ${eps.map(nameOf).join(', ')}`
          : `acts as its own ${label}`;
      out.push(
        diagnostic(
          'dedicated-node-bypassed',
          `${kindLabel(node.kind)} ${node.name} ${now}, while ${names} ${separate}: WSO2's guide ` +
            `for a separate ${label} connects it to that node, which then serves the whole deployment. ` +
            `Connect ${node.name} to ${dedicated.length > 1 ? 'the load balancer in front of them' : names}.`,
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
        ),
      );
    }
  }
  return out;
}
