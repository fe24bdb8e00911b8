/** What a design asks that Docker Compose cannot give it: each diagnostic names the node and what to do. */
import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import { isDatabase, isKeyValueStore } from '../../kinds/guards.js';
import { isDedicatedTo, kindLabel } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import { ENGINE_CONTAINERS } from './databases.js';
import { composePlan, isLoopbackOrAddress } from './plan.js';

const TARGET = 'On Docker Compose';

export function composeDiagnostics(model: TopologyModel): Diagnostic[] {
  const { version } = model;
  if (!version.containers) {
    return [
      diagnostic(
        'target-release-unsupported',
        `${TARGET}, each node mounts its whole configuration file, and API-M ${version.version} has none ` +
          '(its bundle holds XML fragments to apply by hand). Use the vm target, or API-M 3.1 or later.',
        { path: ['apimVersion'] },
      ),
    ];
  }
  const out: Diagnostic[] = [];
  const plan = composePlan(model);
  const firstByHost = new Map<string, string>();
  model.topology.nodes.forEach((node, i) => {
    if (!plan.byNode.has(node.id) || model.node(node.id) !== node) return;
    const at = { nodeId: node.id, path: ['nodes', i, 'host'] };
    const host = node.host.toLowerCase();
    if (isLoopbackOrAddress(host)) {
      out.push(
        diagnostic(
          'target-unreachable-host',
          `${TARGET}, ${node.name} runs in a container of its own, which the others reach by name: its host ` +
            `"${node.host}" is ${host.includes('localhost') ? 'each container itself' : 'an address compose does not give it'}. ` +
            'Give it a host name (it becomes the network alias of its service).',
          at,
        ),
      );
      return;
    }
    const first = firstByHost.get(host);
    if (first !== undefined) {
      out.push(
        diagnostic(
          'target-shared-host',
          `${TARGET}, every node is a container of its own, found by its host name: ${node.name} and ${first} share ` +
            `"${node.host}". Give ${node.name} a host name of its own (each container has all its ports: offsets are no longer needed), ` +
            'or use the vm target.',
          at,
        ),
      );
    } else firstByHost.set(host, node.name);
  });
  model.topology.nodes.forEach((node, i) => {
    if (model.node(node.id) !== node) return;
    if (isDatabase(node) && !ENGINE_CONTAINERS[node.engine]) {
      out.push(
        diagnostic(
          'target-no-image',
          `${TARGET}, ${node.name} would run in a container, and there is no ${DATABASE_ENGINES[node.engine].label} image ` +
            "that creates its databases and runs WSO2's scripts at first start. Use MySQL or PostgreSQL for this target, " +
            'or the vm target with your own database server.',
          { nodeId: node.id, path: ['nodes', i, 'engine'] },
        ),
      );
    }
    if (isKeyValueStore(node) && node.ssl) {
      out.push(
        diagnostic(
          'target-not-expressible',
          `${TARGET}, ${node.name}'s Redis listens without TLS (it would need a certificate the design does not give): ` +
            'the Traffic Managers connect with ssl = true and fail. Switch TLS off for a compose trial, or add tls-port and certificates to its command by hand.',
          { nodeId: node.id, path: ['nodes', i, 'ssl'] },
        ),
      );
    }
  });
  for (const cluster of model.gatewayClusters()) {
    if (!isDedicatedTo(cluster.lb.fronts, 'gateway') || model.artifactSync(cluster) !== 'rsync')
      continue;
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET}, nothing copies deployed APIs from ${cluster.members[0]?.name ?? ''} to the other gateways of ${cluster.lb.name} ` +
          '(rsync runs on servers). Choose the database synchroniser or a shared file system (a volume the gateways share) for this cluster.',
        { nodeId: cluster.lb.id, path: ['nodes', model.indexOf(cluster.lb.id), 'artifactSync'] },
      ),
    );
  }
  for (const service of plan.services) {
    const moved = service.ports.filter((p) => p.host !== p.container);
    if (moved.length === 0) continue;
    const shown = moved.slice(0, 4).map((p) => `${p.container} → ${p.host}`);
    out.push(
      diagnostic(
        'target-port-remapped',
        `${TARGET}, another service publishes ${kindLabel(service.node.kind)} ${service.node.name}'s ports first: this machine reaches it on ` +
          `${shown.join(', ')}${moved.length > shown.length ? ` and ${moved.length - shown.length} more` : ''} (README.md lists them). ` +
          'Inside the compose network every node keeps its own ports.',
        { nodeId: service.node.id, path: ['nodes', model.indexOf(service.node.id)] },
      ),
    );
  }
  return out;
}
