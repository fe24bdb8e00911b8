import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { environmentOf } from '../kinds/guards.js';
import {
  KIND_META,
  isDedicatedTo,
  kindAvailable,
  kindsIn,
  releasesWith,
} from '../kinds/meta-registry.js';
import type { KindMeta } from '../kinds/meta-types.js';
import type { TopologyModel } from '../model.js';

/** Kinds the target release does not have, and gateway labels that match no environment. */
export function checkVersion(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { version } = model.version;
  for (const node of model.nodes) {
    if (kindAvailable(node.kind, model.version)) continue;
    const meta: KindMeta = KIND_META[node.kind];
    const instead = meta.category === 'apim' ? meta.replacement : undefined;
    const available = kindsIn(version).map((k) => KIND_META[k].label);
    out.push(
      diagnostic(
        'kind-not-in-version',
        `API-M ${version} has no ${instead ? 'separate ' : ''}${meta.label} node (${node.name}): ${meta.label} nodes are in ` +
          `API-M ${releasesWith(node.kind)}. ${instead ? `Use ${instead}, or target` : 'Target'} a release that has ` +
          `them; ${version} has: ${available.join(', ')}.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'kind'] },
      ),
    );
  }
  const labelled = model.nodes.flatMap((node) =>
    'gatewayLabels' in node && node.gatewayLabels !== undefined
      ? [{ node, labels: node.gatewayLabels }]
      : [],
  );
  if (!model.version.gatewayLabels) {
    for (const { node } of labelled) {
      out.push(
        diagnostic(
          'setting-not-in-version',
          `Gateway labels (${node.name}) are a 4.x setting: API-M ${version} does not read them, and the gateway serves ` +
            `its environment "${environmentOf(node)?.name ?? ''}". Remove them, or target 4.x.`,
          { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'gatewayLabels'] },
        ),
      );
    }
    return out;
  }
  // The environments a control plane lists: one per gateway (or gateway cluster).
  const environments = new Set(
    model.nodes.flatMap((n) => {
      const env = isDedicatedTo(n.kind, 'gateway') ? environmentOf(n) : undefined;
      return env ? [env.name] : [];
    }),
  );
  for (const { node, labels } of labelled) {
    if (labels.some((l) => environments.has(l))) continue;
    out.push(
      diagnostic(
        'gateway-label-mismatch',
        `Gateway ${node.name} deploys the APIs of labels ${labels.map((l) => `"${l}"`).join(', ') || '(none)'}, but no ` +
          `control plane lists an environment of that name, so it would deploy nothing. Include "${environmentOf(node)?.name ?? ''}" ` +
          `(its own environment) or another environment's name.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'gatewayLabels'] },
      ),
    );
  }
  return out;
}
