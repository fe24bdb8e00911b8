/** README sections for clusters: load balancers, artifact synchronisation, Traffic Manager HA. */
import { urlHost } from '../fields.js';
import type { Cluster } from '../generate/context.js';
import { isLoadBalancer } from '../kinds/guards.js';
import { isDedicatedTo, kindLabel } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { code, md } from './markdown.js';
import { certificatePaths, nginxPath } from './nginx.js';

const DEPLOYMENT = '<API-M_HOME>/repository/deployment/server';

function names(cluster: Cluster): string {
  return cluster.members.map((m) => `**${md(m.name)}**`).join(', ');
}

function syncSteps(model: TopologyModel, cluster: Cluster): string[] {
  const mode = model.artifactSync(cluster);
  const defaulted = cluster.lb.artifactSync === undefined;
  if (mode === 'database') {
    return [
      `  - Artifacts: the inbuilt artifact synchroniser${defaulted ? ` (the default of API-M ${model.version.version})` : ''}. ` +
        'The Publisher saves each API in WSO2AM_DB and every gateway pulls the APIs of its environment label from the ' +
        (model.version.eventHub
          ? "event hub, the Control Plane's internal API"
          : 'Traffic Manager, which acts as the event hub') +
        ' (`[apim.sync_runtime_artifacts.*]`); nothing to mount, and the gateways need no database connection for it.',
    ];
  }
  if (mode === 'shared-file-system') {
    // Document 004 (3.1) mounts synapse-configs; documents 002 and 003 (3.2) the whole directory.
    const mounted =
      model.version.sharedDeploymentFolder === 'synapse-configs'
        ? `${DEPLOYMENT}/synapse-configs`
        : DEPLOYMENT;
    return [
      `  - Artifacts: mount ${code(mounted)} of ${names(cluster)} ` +
        'on one shared file system (NFS or similar), so that an API deployed through any member is served by all.',
    ];
  }
  if (mode === 'rsync') {
    const [manager, ...workers] = cluster.members;
    return [
      `  - Artifacts: rsync. **${md(manager?.name ?? '')}** is the Gateway Manager: the load balancer sends API deployments ` +
        '(`/services/`) to it only. Copy its artifacts to the other members every minute, e.g. with cron on the manager:',
      ...workers.map(
        (w) =>
          `    ${code(`* * * * * rsync -az --delete ${DEPLOYMENT}/synapse-configs/ ${urlHost(w.host)}:${DEPLOYMENT}/synapse-configs/`)}`,
      ),
      '    The manager is a single point of failure for deployments (not for API traffic). It starts without a profile',
      `    (${code(`sh bin/${model.version.startScript}`)}): the gateway-worker profile makes a node read-only; the other members keep it.`,
    ];
  }
  return ['  - Artifacts: **no synchronisation chosen**; see the diagnostics.'];
}

export function clusterSection(model: TopologyModel): string[] {
  const clusters = model.nodes
    .flatMap((n) => (isLoadBalancer(n) ? [model.clusterBehind(n.id)] : []))
    .filter((c): c is Cluster => c !== undefined && c.members.length > 0);
  const tms = model.dedicatedNodes('traffic-manager');
  if (clusters.length === 0 && tms.length < 2) return [];
  const out = ['## Clusters and load balancers', ''];
  for (const cluster of clusters) {
    const { lb } = cluster;
    const { cert, key } = certificatePaths(lb);
    out.push(
      `- **${md(lb.name)}** (${code(lb.host)}) balances the ${kindLabel(lb.fronts)} nodes ${names(cluster)}: ` +
        `${code(nginxPath(lb))} is its nginx configuration (put the TLS certificate and key for ${code(lb.host)} at ` +
        `${code(cert)} and ${code(key)} beside it). Members use ${code(lb.host)} as their host name and advertise ` +
        // Mirrors serverSection: what the members' kind advertises in this release.
        (apimKind(lb.fronts).advertisesHttpProxy(model.version) ? 'ports 80 / 443.' : 'port 443.'),
    );
    if (isDedicatedTo(lb.fronts, 'gateway')) out.push(...syncSteps(model, cluster));
    if (lb.hazelcast) {
      out.push(
        '  - Hazelcast clustering is on among the members (`[clustering]`, port 4000 + n, not moved by the offset): open it between them.',
      );
    }
  }
  if (tms.length >= 2) {
    out.push(
      model.version.trafficManagerEventDuplication
        ? `- Traffic Managers ${tms.map((t) => `**${md(t.name)}**`).join(', ')} republish throttle decisions to each other ` +
            '(`event_duplicate_url`); every node publishes throttle events to each of them directly. Policies are redeployed from the database at start-up.'
        : `- Traffic Managers ${tms.map((t) => `**${md(t.name)}**`).join(', ')}: mount ${code(`${DEPLOYMENT}/executionplans`)} ` +
            'of all of them on one shared file system, so that throttling policies reach every Traffic Manager.',
    );
  }
  out.push('');
  return out;
}
