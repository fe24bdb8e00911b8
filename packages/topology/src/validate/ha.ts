import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { KINDS } from '../kinds/registry.js';
import type { ApimKind } from '../kinds/kind.js';
import type { TopologyModel } from '../model.js';
import { ROLE_LABELS, type Role } from '../versions.js';
import { managementBase, servicesUrl } from '../generate/urls.js';
import type { Endpoint } from '../generate/context.js';

/** Roles whose clients name one URL (a `service_url` or `url`), so two direct targets mean one is unused. */
const SINGLE_URL: readonly {
  role: Role;
  key: string;
  url: (ep: Endpoint) => string;
  clients: readonly ApimKind[];
}[] = [
  {
    role: 'key-manager',
    key: '[apim.key_manager] service_url',
    url: servicesUrl,
    clients: ['gateway', 'publisher', 'devportal', 'traffic-manager'],
  },
  {
    role: 'traffic-manager',
    key: '[apim.throttling] service_url',
    url: servicesUrl,
    clients: ['publisher', 'gateway'],
  },
  {
    role: 'devportal',
    key: '[apim.devportal] url',
    url: (ep) => `${managementBase(ep)}/devportal`,
    clients: ['publisher'],
  },
];

export function checkHighAvailability(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (id: string) => ({ nodeId: id, path: ['nodes', model.indexOf(id)] });

  for (const node of model.nodes) {
    if (node.kind !== 'load-balancer') continue;
    const cluster = model.clusterBehind(node.id);
    const label = KINDS[node.fronts].label;
    if (cluster?.members.length === 1) {
      out.push(
        diagnostic(
          'load-balancer-single-member',
          `Load balancer ${node.name} fronts a single ${label} (${cluster.members[0]?.name ?? ''}): it adds a hop but no ` +
            `redundancy. Add a second ${label} behind it, or remove it and connect to the ${label} directly.`,
          at(node.id),
        ),
      );
    }
    if (cluster && node.fronts === 'all-in-one' && cluster.members.length >= 2) {
      out.push(
        diagnostic(
          'active-active-unsupported',
          `Load balancer ${node.name} fronts ${cluster.members.length} all-in-one nodes (${cluster.members.map((m) => m.name).join(', ')}): ` +
            `an active-active deployment. The designer does not generate it: each node would publish APIs only to its own ` +
            `gateway, advertise only itself and throttle alone (WSO2's active-active guide adds a shared deployment directory, ` +
            `cross-node throttling and JMS publishers). Keep one all-in-one node behind ${node.name}, or use the distributed ` +
            `pattern: gateways behind a load balancer and the other roles as their own nodes.`,
          at(node.id),
        ),
      );
      continue;
    }
    if (!cluster || node.fronts !== 'gateway' || cluster.members.length < 2) continue;
    const mode = model.artifactSync(cluster);
    if (mode === undefined) {
      out.push(
        diagnostic(
          'gateway-sync-missing',
          `The gateways behind ${node.name} have no artifact synchronisation, so an API published through one is missing on ` +
            `the others. Choose a shared file system (recommended) or rsync for ${node.name}.`,
          { ...at(node.id), path: ['nodes', model.indexOf(node.id), 'artifactSync'] },
        ),
      );
    } else if (mode === 'database' && !model.version.inbuiltArtifactSync) {
      out.push(
        diagnostic(
          'artifact-sync-unsupported',
          `API-M ${model.version.version} has no inbuilt artifact synchroniser (it came in 3.2.0). Choose a shared file ` +
            `system or rsync for ${node.name}.`,
          { ...at(node.id), path: ['nodes', model.indexOf(node.id), 'artifactSync'] },
        ),
      );
    }
  }

  for (const node of model.apimNodes()) {
    for (const need of SINGLE_URL) {
      if (!need.clients.includes(node.kind)) continue;
      if (
        need.role === 'traffic-manager' &&
        node.kind === 'gateway' &&
        !model.version.gatewayThrottlingServiceUrl
      )
        continue;
      if (
        need.role === 'key-manager' &&
        node.kind === 'traffic-manager' &&
        !model.version.publisherAndTrafficManagerUseKeyManager
      )
        continue;
      const eps = model.reach(node.id, need.role);
      if (eps.length < 2 || eps.some((e) => e.type === 'cluster')) continue;
      const [first, ...rest] = eps;
      if (!first) continue;
      const label = ROLE_LABELS[need.role];
      out.push(
        diagnostic(
          'multiple-without-load-balancer',
          `${node.name} reaches ${eps.length} ${label}s directly, but ${need.key} names one URL: ${need.url(first)}. ` +
            `${rest.map((e) => (e.type === 'node' ? e.node.name : e.lb.name)).join(', ')} will not be used by it. ` +
            `Put a load balancer in front of the ${label}s and connect ${node.name} to it.`,
          at(node.id),
        ),
      );
    }
  }

  // A single Key Manager or Traffic Manager where every other role is redundant.
  const count = (kind: ApimKind) => model.apimNodes().filter((n) => n.kind === kind).length;
  if (count('all-in-one') === 0) {
    for (const role of ['key-manager', 'traffic-manager'] as const) {
      if (count(role) !== 1) continue;
      const others = (
        ['gateway', 'publisher', 'devportal', 'key-manager', 'traffic-manager'] as const
      ).filter((k) => k !== role && count(k) > 0);
      if (others.length === 0 || !others.every((k) => count(k) >= 2)) continue;
      const single = model.apimNodes().find((n) => n.kind === role);
      if (!single) continue;
      out.push(
        diagnostic(
          'single-point-of-failure',
          `${single.name} is the only ${KINDS[role].label} while every other role has two or more nodes: when it stops, ` +
            `${role === 'key-manager' ? 'no token can be issued or validated' : 'throttling and policy deployment stop'}. ` +
            `Add a second ${KINDS[role].label} behind a load balancer.`,
          at(single.id),
        ),
      );
    }
  }
  return out;
}
