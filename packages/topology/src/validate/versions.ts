import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { KINDS } from '../kinds/registry.js';
import { NODE_KINDS, type KindDefinition, type NodeKind } from '../kinds/kind.js';
import type { Family } from '../versions.js';

function familiesOf(kind: NodeKind): readonly Family[] {
  const def: KindDefinition = KINDS[kind];
  return def.families;
}
import type { TopologyModel } from '../model.js';

/** What each kind becomes in the other release family, for messages. */
const INSTEAD: Partial<Record<string, string>> = {
  'key-manager': 'a Control Plane node, which includes the Key Manager',
  publisher: 'a Control Plane node, which includes the Publisher',
  devportal: 'a Control Plane node, which includes the Developer Portal',
  'control-plane': 'a Key Manager, a Publisher and a Developer Portal node',
};

/** Kinds the target release does not have, and gateway labels that match no environment (4.x). */
export function checkVersion(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { family, version } = model.version;
  for (const node of model.nodes) {
    const def: KindDefinition = KINDS[node.kind];
    if (def.families.includes(family)) continue;
    const available = NODE_KINDS.filter((k) => familiesOf(k).includes(family)).map(
      (k) => KINDS[k].label,
    );
    out.push(
      diagnostic(
        'kind-not-in-version',
        `API-M ${version} has no separate ${def.label} node (${node.name}). Use ${INSTEAD[node.kind] ?? 'another kind'} instead; ` +
          `${version} has: ${available.join(', ')}.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'kind'] },
      ),
    );
  }
  if (family !== '4.x') {
    for (const node of model.nodes) {
      if (node.kind !== 'gateway' || node.gatewayLabels === undefined) continue;
      out.push(
        diagnostic(
          'setting-not-in-version',
          `Gateway labels (${node.name}) are a 4.x setting: API-M ${version} does not read them, and the gateway serves ` +
            `its environment "${node.environment.name}". Remove them, or target 4.x.`,
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'gatewayLabels'] },
        ),
      );
    }
    return out;
  }
  const environments = new Set(
    model.nodes.flatMap((n) => (n.kind === 'gateway' ? [n.environment.name] : [])),
  );
  for (const node of model.nodes) {
    if (node.kind !== 'gateway' || node.gatewayLabels === undefined) continue;
    if (node.gatewayLabels.some((l) => environments.has(l))) continue;
    out.push(
      diagnostic(
        'gateway-label-mismatch',
        `Gateway ${node.name} deploys the APIs of labels ${node.gatewayLabels.map((l) => `"${l}"`).join(', ') || '(none)'}, but no ` +
          `control plane lists an environment of that name, so it would deploy nothing. Include "${node.environment.name}" ` +
          `(its own environment) or another environment's name.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'gatewayLabels'] },
      ),
    );
  }
  return out;
}
