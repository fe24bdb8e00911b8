/** README sections for clusters: load balancers, artifact synchronisation, Traffic Manager HA. */
import { urlHost } from '../fields.js';
import type { Cluster } from '../generate/context.js';
import { isLoadBalancer } from '../kinds/guards.js';
import { isDedicatedTo, kindLabel } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';
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
      `    (${code(`sh bin/${model.version.distributions.gateway.script}`)}): the gateway-worker profile makes a node read-only; the other members keep it.`,
    ];
  }
  return ['  - Artifacts: **no synchronisation chosen**; see the diagnostics.'];
}

/**
 * How several Traffic Managers share decisions and policies. A policy is deployed to the one Traffic
 * Manager the load balancer picks (PolicyDeployer ServiceURL); before 4.0 nothing copies it to the
 * others, so they share executionplans (document 004). From 4.0 each Traffic Manager redeploys every
 * policy from the event hub at start-up (carbon-apimgt 9.0.174 throttle.policy.deployer,
 * ThrottlePolicyStartupListener); that module and `skip_redeploying_policies` do not exist in 3.2,
 * whatever the 3.2 page says (its text is the 4.x one).
 */
function trafficManagerSteps(model: TopologyModel, tms: readonly ApimNode[]): string[] {
  const names = tms.map((t) => `**${md(t.name)}**`).join(', ');
  const lines: string[] = [];
  const store = tms.map((t) => model.keyValueStores(t.id)[0]).find((s) => s !== undefined);
  if (model.version.trafficManagerEventDuplication) {
    lines.push(
      `- Traffic Managers ${names} republish throttle decisions to each other (\`event_duplicate_url\`); ` +
        (store
          ? `they share their counters in ${md(store.name)}, so gateways send each throttle event to one of them ` +
            '(one `url_group` of `type = "loadbalance"`).'
          : 'every node publishes throttle events to each of them directly.'),
    );
  }
  lines.push(
    model.version.policyRedeployOnStartup
      ? '  - Policies: each Traffic Manager redeploys every throttling policy from the event hub (the control plane) when ' +
          'it starts, so one that was down gets the policies published meanwhile.'
      : `${model.version.trafficManagerEventDuplication ? '  - Policies: mount' : `- Traffic Managers ${names}: mount`} ` +
          `${code(`${DEPLOYMENT}/executionplans`)} of all of them on one shared file system, so that a throttling policy ` +
          'deployed to one of them (through the load balancer) reaches every Traffic Manager.',
  );
  return lines;
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
    if (isDedicatedTo(lb.fronts, 'gateway')) {
      out.push(
        `  - API traffic comes in on ${code(`${lb.host}`)} ports 80 / 443 (and the WebSocket ports); API deployments ` +
          `(the admin services) on port 9443, so that an API whose context is ${code('/services')} is not shadowed.`,
        ...syncSteps(model, cluster),
      );
    }
    if (lb.hazelcast) {
      out.push(
        '  - Hazelcast clustering is on among the members (`[clustering]`, port 4000 + n, not moved by the offset): open it between them.',
      );
    }
  }
  if (tms.length >= 2) out.push(...trafficManagerSteps(model, tms));
  out.push('');
  return out;
}
