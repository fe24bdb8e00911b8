import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';
import { KINDS } from '../kinds/registry.js';
import type { NodeKind } from '../kinds/kind.js';
import type { TopologyModel } from '../model.js';
import { ROLE_LABELS, type Family, type Role } from '../versions.js';

interface Need {
  readonly role: Role;
  readonly code: DiagnosticCode;
  readonly why: string;
  readonly severity?: 'warning';
}

const KM: Need = {
  role: 'key-manager',
  code: 'missing-key-manager',
  why: 'to validate and manage keys and tokens',
};
const TM: Need = {
  role: 'traffic-manager',
  code: 'missing-traffic-manager',
  why: 'for throttling decisions',
};
const GW: Need = {
  role: 'gateway',
  code: 'missing-gateway',
  why: 'so that APIs have a gateway environment',
};

const HUB: Need = {
  role: 'event-hub',
  code: 'missing-control-plane',
  why: 'to receive APIs, keys and policies from its event hub',
};

/** What each kind must reach in 4.x. */
const NEEDS_4X: Partial<Record<NodeKind, readonly Need[]>> = {
  gateway: [KM, TM, HUB],
  'traffic-manager': [HUB],
  'control-plane': [GW],
};

/** What each kind must reach in 3.x. */
const NEEDS_3X: Partial<Record<NodeKind, readonly Need[]>> = {
  gateway: [KM, TM],
  publisher: [
    KM,
    TM,
    GW,
    {
      role: 'devportal',
      code: 'missing-devportal',
      why: 'so that its "View in Developer Portal" links work',
    },
  ],
  devportal: [KM, TM, GW],
};

function how(role: Role, family: Family): string {
  if (role === 'event-hub') {
    return 'Connect it to a Control Plane node, or to a load balancer in front of Control Planes.';
  }
  const label = ROLE_LABELS[role];
  // Only 4.x has Control Plane nodes; 3.x and 2.x have all-in-one nodes only.
  const including = family === '4.x' ? 'all-in-one, Control Plane' : 'all-in-one';
  return (
    `Connect it to a ${label}, to a load balancer in front of ${label}s` +
    (role === 'devportal' ? '.' : `, or to a node that includes one (${including}).`)
  );
}

export function checkReach(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const node of model.apimNodes()) {
    const needs = (model.version.family === '4.x' ? NEEDS_4X : NEEDS_3X)[node.kind] ?? [];
    for (const need of needs) {
      if (model.reach(node.id, need.role).length > 0) continue;
      const label = ROLE_LABELS[need.role];
      out.push(
        diagnostic(
          need.code,
          `${KINDS[node.kind].label} ${node.name} reaches no ${label}; it needs one ${need.why}. ${how(need.role, model.version.family)}`,
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
        ),
      );
    }
  }
  for (const node of model.nodes) {
    if (model.neighbours(node.id).length > 0) continue;
    // Kinds with needs already get a missing-* error; a lone all-in-one node is a whole deployment.
    if (((model.version.family === '4.x' ? NEEDS_4X : NEEDS_3X)[node.kind] ?? []).length > 0)
      continue;
    if (node.kind === 'all-in-one' && model.apimNodes().length === 1) continue;
    out.push(
      diagnostic(
        'unused-node',
        `${node.name || KINDS[node.kind].label} is not connected to anything, so nothing uses it and it uses nothing. ` +
          `Connect it, or remove it.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
      ),
    );
  }
  return out;
}
