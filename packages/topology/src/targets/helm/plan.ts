/**
 * The chart releases of a design: one per load-balanced cluster (the chart's instances or replicas are
 * its members) and one per other API-M node, each installed with the chart of its node's distribution.
 * Services are named by the charts from the release name (`fullname`, the charts' _helpers.tpl:
 * the release name when it contains the chart's name, else `<release>-<chart>`, cut at 63
 * characters), so every cross-reference in the values is computed from that rule, not copied from
 * WSO2's samples (whose gateway service name does not match the 4.5+ chart's name).
 */
import { nodeFolder } from '../../bundle-paths.js';
import type { Endpoint } from '../../generate/context.js';
import { apimMeta } from '../../kinds/meta-registry.js';
import { apimKind } from '../../kinds/registry.js';
import type { TopologyModel } from '../../model.js';
import { portAt } from '../../ports.js';
import type { HelmChart, HelmFacts } from '../../releases/facts.js';
import type { Role } from '../../roles.js';
import type { ApimNode, LoadBalancerNode } from '../../topology.js';
import type { DistributionName } from '../../versions.js';

export interface ChartRelease {
  /** `helm install <name>`: a DNS-1123 label of at most 53 characters. */
  readonly name: string;
  readonly distribution: DistributionName;
  readonly chart: HelmChart;
  /** The design's nodes this release runs (a cluster's members, or one node). */
  readonly nodes: readonly ApimNode[];
  /** The load balancer in front of them: its host is the release's host name. */
  readonly lb: LoadBalancerNode | undefined;
  /** What the chart names its resources after. */
  readonly fullname: string;
  /** The host name clients use: the load balancer's, else the node's. */
  readonly host: string;
  /** `[server] offset` of its nodes (the first node's). */
  readonly offset: number;
  /** The values file in the bundle. */
  readonly valuesPath: string;
}

export interface HelmPlan {
  readonly facts: HelmFacts;
  /** In install order. */
  readonly releases: readonly ChartRelease[];
  readonly byNode: ReadonlyMap<string, ChartRelease>;
}

const LABEL = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

/** `fullname` of the charts' _helpers.tpl. */
export function fullname(release: string, chartName: string): string {
  const name = release.includes(chartName) ? release : `${release}-${chartName}`;
  return name.slice(0, 63).replace(/-+$/, '');
}

function label(text: string): string {
  const slug = nodeFolder(text)
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return LABEL.test(slug) ? slug : 'apim';
}

/** A cluster's release is named by what its members' names share (`apim-cp-1`, `apim-cp-2`: `apim-cp`). */
function baseName(nodes: readonly ApimNode[], lb: LoadBalancerNode | undefined): string {
  const folders = nodes.map((n) => nodeFolder(n.name));
  const first = folders[0] ?? '';
  if (folders.length > 1) {
    let i = 0;
    while (i < first.length && folders.every((f) => f[i] === first[i])) i++;
    const shared = first.slice(0, i).replace(/[-_.\d]+$/, '');
    if (shared.length >= 2) return label(shared);
  }
  return label(folders.length > 1 && lb ? lb.name : first);
}

export function helmPlan(model: TopologyModel, facts: HelmFacts): HelmPlan {
  const groups = new Map<string, { nodes: ApimNode[]; lb: LoadBalancerNode | undefined }>();
  for (const node of model.apimNodes()) {
    const cluster = model.clusterOf(node.id);
    const key = cluster ? cluster.lb.id : node.id;
    const group = groups.get(key) ?? { nodes: [], lb: cluster?.lb };
    group.nodes.push(node);
    groups.set(key, group);
  }
  const rank = (nodes: readonly ApimNode[]) => {
    const first = nodes[0];
    return first ? apimMeta(first.kind).installRank : 0;
  };
  const ordered = [...groups.values()].sort((a, b) => rank(a.nodes) - rank(b.nodes));
  const taken = new Set<string>();
  const releases: ChartRelease[] = ordered.map(({ nodes, lb }) => {
    const first = nodes[0] as ApimNode;
    const distribution = apimKind(first.kind).distribution;
    const chart = facts.charts[distribution];
    const base = baseName(nodes, lb);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 50)}-${i}`;
    taken.add(name);
    return {
      name,
      distribution,
      chart,
      nodes,
      lb,
      fullname: fullname(name, chart.name),
      host: lb?.host ?? first.host,
      offset: first.offset,
      valuesPath: `values/${name}.yaml`,
    };
  });
  const byNode = new Map<string, ChartRelease>();
  for (const r of releases) for (const n of r.nodes) byNode.set(n.id, r);
  return { facts, releases, byNode };
}

/** The Service in front of every pod of a release. */
export function service(release: ChartRelease): string {
  return `${release.fullname}${release.chart.serviceSuffix}`;
}

/** The Service of each instance the release runs (binary and broker URLs name them). */
export function instanceServices(release: ChartRelease): string[] {
  const pattern = release.chart.instanceService;
  if (!pattern) return [service(release)];
  const count = Math.min(release.nodes.length, release.chart.maxNodes ?? 1, 2);
  return Array.from(
    { length: Math.max(count, 1) },
    (_, i) => `${release.fullname}${pattern.replace('{n}', String(i + 1))}`,
  );
}

/** The offset a release's chart applies to its ports (none on the Traffic Manager chart). */
export function chartOffset(release: ChartRelease): number {
  return release.chart.portOffset ? release.offset : 0;
}

/** The management port of a release's Service (9443 + offset). */
export function httpsPort(release: ChartRelease): number {
  return portAt('https', chartOffset(release));
}

/** The releases a node reaches for a role, in the order the model reaches them. */
export function reachedReleases(
  model: TopologyModel,
  plan: HelmPlan,
  node: ApimNode,
  role: Role,
): ChartRelease[] {
  const out: ChartRelease[] = [];
  const add = (r: ChartRelease | undefined) => {
    if (r && !out.includes(r)) out.push(r);
  };
  for (const ep of model.reach(node.id, role)) add(releaseOf(plan, ep));
  return out;
}

export function releaseOf(plan: HelmPlan, ep: Endpoint): ChartRelease | undefined {
  return plan.byNode.get(ep.type === 'node' ? ep.node.id : (ep.members[0]?.id ?? ''));
}
