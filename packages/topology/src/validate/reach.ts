import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';
import { kindsConnect } from '../connections.js';
import {
  isDedicatedTo,
  kindAvailable,
  kindLabel,
  kindsIn,
  rolesOfKind,
  secondaryRolesOfKind,
  type ApimKind,
} from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { ROLE_LABELS } from '../roles.js';
import type { ApimNode } from '../topology.js';
import type { NeededRole } from '../kinds/definition.js';
import { isApimNode } from '../kinds/guards.js';

/** What a missing role is called and why a node needs it: every role a kind may need has one. */
const NEED: Readonly<Record<NeededRole, { readonly code: DiagnosticCode; readonly why: string }>> =
  {
    'key-manager': {
      code: 'missing-key-manager',
      why: 'to validate and manage keys and tokens',
    },
    'traffic-manager': { code: 'missing-traffic-manager', why: 'for throttling decisions' },
    gateway: { code: 'missing-gateway', why: 'so that APIs have a gateway environment' },
    'event-hub': {
      code: 'missing-control-plane',
      why: 'to receive APIs, keys and policies from its event hub',
    },
    devportal: {
      code: 'missing-devportal',
      why: 'so that its "View in Developer Portal" links work',
    },
  };

/**
 * Where a node of `kind` can find a role in this release: a node of the role's own kind, a load
 * balancer in front of them, or a node whose kind includes the role, among the kinds it connects to.
 */
function how(role: NeededRole, kind: ApimKind, model: TopologyModel): string {
  const candidates = kindsIn(model.version.version).filter(
    (k) =>
      kindsConnect(kind, k) &&
      (rolesOfKind(k).includes(role) || secondaryRolesOfKind(k).includes(role)),
  );
  const own = candidates.filter((k) => isDedicatedTo(k, role));
  const including = candidates.filter((k) => !isDedicatedTo(k, role));
  if (own.length === 0) {
    const names = including.map(kindLabel).join(' or ');
    return `Connect it to a ${names} node, or to a load balancer in front of ${names} nodes.`;
  }
  const label = ROLE_LABELS[role];
  return including.length > 0
    ? `Connect it to a ${label}, to a load balancer in front of ${label}s, or to a node that includes ` +
        `one (${including.map(kindLabel).join(', ')}).`
    : `Connect it to a ${label} or to a load balancer in front of ${label}s.`;
}

/** The roles a node must reach: its kind's, in a release that has the kind (else it is refused anyway). */
function needs(model: TopologyModel, node: ApimNode): readonly NeededRole[] {
  if (!kindAvailable(node.kind, model.version)) return [];
  return apimKind(node.kind).needs(model.version);
}

export function checkReach(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const node of model.apimNodes()) {
    for (const role of needs(model, node)) {
      if (model.reach(node.id, role).length > 0) continue;
      const { code, why } = NEED[role];
      out.push(
        diagnostic(
          code,
          `${kindLabel(node.kind)} ${node.name} reaches no ${ROLE_LABELS[role]}; it needs one ${why}. ${how(role, node.kind, model)}`,
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
        ),
      );
    }
  }
  const apimCount = model.apimNodes().length;
  for (const node of model.nodes) {
    if (model.neighbours(node.id).length > 0) continue;
    // Kinds with needs already get a missing-* error; a lone standalone node is a whole deployment.
    if (isApimNode(node) && needs(model, node).length > 0) continue;
    if (isApimNode(node) && apimKind(node.kind).standalone && apimCount === 1) continue;
    out.push(
      diagnostic(
        'unused-node',
        `${node.name || kindLabel(node.kind)} is not connected to anything, so nothing uses it and it uses nothing. ` +
          `Connect it, or remove it.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
      ),
    );
  }
  return out;
}
