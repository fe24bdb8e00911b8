import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Endpoint } from '../generate/context.js';
import { managementBase, servicesUrl } from '../generate/urls.js';
import { isLoadBalancer } from '../kinds/guards.js';
import {
  isDedicatedTo,
  kindLabel,
  type ApimKind,
  servesApiTraffic,
  servesPortals,
} from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { ROLE_LABELS, type Role } from '../roles.js';

/** The one URL a node's file names for a role (kinds say for which roles they write one). */
const SINGLE_URL: Partial<Record<Role, { key: string; url: (ep: Endpoint) => string }>> = {
  'key-manager': { key: '[apim.key_manager] service_url', url: servicesUrl },
  'traffic-manager': { key: '[apim.throttling] service_url', url: servicesUrl },
  devportal: { key: '[apim.devportal] url', url: (ep) => `${managementBase(ep)}/devportal` },
};

export function checkHighAvailability(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (id: string) => ({ nodeId: id, path: ['nodes', model.indexOf(id)] });

  for (const node of model.nodes) {
    if (!isLoadBalancer(node)) continue;
    const cluster = model.clusterBehind(node.id);
    const label = kindLabel(node.fronts);
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
    // Members that publish APIs and serve them too would each publish only to their own gateway.
    if (
      cluster &&
      servesApiTraffic(node.fronts) &&
      servesPortals(node.fronts) &&
      cluster.members.length >= 2
    ) {
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
    if (!cluster || !isDedicatedTo(node.fronts, 'gateway') || cluster.members.length < 2) continue;
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
    for (const role of apimKind(node.kind).singleUrlRoles(model.version)) {
      const need = SINGLE_URL[role];
      const eps = model.reach(node.id, role);
      if (!need || eps.length < 2 || eps.some((e) => e.type === 'cluster')) continue;
      const [first, ...rest] = eps;
      if (!first) continue;
      const label = ROLE_LABELS[role];
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
  const nodes = model.apimNodes();
  const counts = new Map<ApimKind, number>();
  for (const n of nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  if (nodes.some((n) => apimKind(n.kind).standalone)) return out;
  const dedicated = [...counts.keys()].filter((k) => apimKind(k).roles.length === 1);
  for (const role of ['key-manager', 'traffic-manager'] as const) {
    const singles = nodes.filter((n) => isDedicatedTo(n.kind, role));
    const single = singles[0];
    if (!single || singles.length !== 1) continue;
    const others = dedicated.filter((k) => !isDedicatedTo(k, role));
    if (others.length === 0 || !others.every((k) => (counts.get(k) ?? 0) >= 2)) continue;
    out.push(
      diagnostic(
        'single-point-of-failure',
        `${single.name} is the only ${kindLabel(single.kind)} while every other role has two or more nodes: when it stops, ` +
          `${role === 'key-manager' ? 'no token can be issued or validated' : 'throttling and policy deployment stop'}. ` +
          `Add a second ${kindLabel(single.kind)} behind a load balancer.`,
        at(single.id),
      ),
    );
  }
  return out;
}
