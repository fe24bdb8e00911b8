import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { environmentOf } from '../kinds/guards.js';
import { isDedicatedTo } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';

/**
 * Gateway environments: each standalone gateway and each gateway cluster is one environment, and
 * environment names must be unique (document 000: "The Gateway environment names must be unique").
 * Gateways behind one load balancer are one environment and must share its name.
 */
export function checkEnvironments(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owners = new Map<string, string>(); // environment name → description of its owner
  const seenClusters = new Set<string>();
  for (const node of model.nodes) {
    const env = isDedicatedTo(node.kind, 'gateway') ? environmentOf(node) : undefined;
    if (!env) continue;
    const cluster = model.clusterOf(node.id);
    const where = {
      nodeId: node.id,
      path: ['nodes', model.indexOf(node.id), 'environment', 'name'],
    };
    if (cluster) {
      const first = cluster.members[0];
      const firstEnv = first && environmentOf(first);
      if (first && firstEnv && first.id !== node.id && firstEnv.name !== env.name) {
        out.push(
          diagnostic(
            'cluster-environment-mismatch',
            `${node.name} is behind load balancer ${cluster.lb.name} with ${first.name}, so they are one gateway ` +
              `environment, but their environment names differ ("${env.name}" and "${firstEnv.name}"). ` +
              `Give them the same name.`,
            where,
          ),
        );
      }
      if (seenClusters.has(cluster.lb.id)) continue;
      seenClusters.add(cluster.lb.id);
    }
    const name = env.name.trim();
    if (name === '') continue;
    const owner = cluster ? `the gateways behind ${cluster.lb.name}` : `gateway ${node.name}`;
    const other = owners.get(name);
    if (other) {
      out.push(
        diagnostic(
          'duplicate-environment-name',
          `Gateway environment "${name}" is used by ${other} and by ${owner}. Environment names must be unique: ` +
            `rename one, or put the gateways behind one load balancer to make them one environment.`,
          where,
        ),
      );
    } else {
      owners.set(name, owner);
    }
  }
  // A node that serves its own environment (an all-in-one node) lists it beside the gateways' when the
  // user declared it (model.environments): its name must be unique too.
  for (const node of model.nodes) {
    const env = isDedicatedTo(node.kind, 'gateway') ? undefined : environmentOf(node);
    const listed = model
      .environments(node.id)
      .some((e) =>
        e.endpoint.type === 'node'
          ? e.endpoint.node.id === node.id
          : e.endpoint.members.some((m) => m.id === node.id),
      );
    const name = env?.name.trim() ?? '';
    const other = owners.get(name);
    if (!env || !listed || name === '' || !other) continue;
    out.push(
      diagnostic(
        'duplicate-environment-name',
        `Gateway environment "${name}" is used by ${other} and by ${node.name}'s own gateway, which lists it beside ` +
          `the gateways wired to it. Environment names must be unique: rename one, or restore ${node.name}'s ` +
          `environment to the product default (then it is replaced by the gateways', as documents 000 and 001 do).`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'environment', 'name'] },
      ),
    );
  }
  return out;
}
