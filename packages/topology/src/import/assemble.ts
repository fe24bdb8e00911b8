/** The document from what was found: API-M nodes in file order, each balancer before its first member, databases last. */
import { loadBalancerMeta } from '../kinds/load-balancer.meta.js';
import { isDedicatedTo } from '../kinds/meta-registry.js';
import { kindHasEnvironment } from '../topology.js';
import { isApimVersion, VERSIONS } from '../versions.js';
import type { RawEdge, Connections } from './connections.js';
import type { Balancer, Draft } from './nodes.js';
import { textAt } from '../toml-read.js';

function apimNode(d: Draft, connections: Connections): Record<string, unknown> {
  const node: Record<string, unknown> = {
    id: d.id,
    kind: d.kind,
    name: d.name,
    host: d.host,
    offset: d.offset,
  };
  const env = connections.environments.get(d.id);
  if (env && kindHasEnvironment(d.kind)) node.environment = env;
  return node;
}

function balancerNode(b: Balancer, version: string, notes: string[]): Record<string, unknown> {
  const node: Record<string, unknown> = {
    id: b.id,
    kind: loadBalancerMeta.kind,
    name: b.name,
    host: b.host,
    fronts: b.fronts,
    hazelcast: b.hazelcast,
  };
  if (!isDedicatedTo(b.fronts, 'gateway')) return node;
  const pulls = b.members.some(
    (m) =>
      textAt(m.file.data, ['apim', 'sync_runtime_artifacts', 'gateway', 'artifact_retriever']) !==
      undefined,
  );
  if (pulls) node.artifactSync = 'database';
  else {
    node.artifactSync = 'shared-file-system';
    const inbuilt = isApimVersion(version) && VERSIONS[version].inbuiltArtifactSync;
    notes.push(
      `Gateways behind ${b.name} pull no artifacts from the database${inbuilt ? '' : ' (no inbuilt synchroniser in this version)'}; a shared file system is assumed (the files cannot tell it from rsync).`,
    );
  }
  return node;
}

export function assembleNodes(
  drafts: readonly Draft[],
  balancers: readonly Balancer[],
  databases: readonly Record<string, unknown>[],
  connections: Connections,
  version: string,
  notes: string[],
): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const placed = new Set<string>();
  for (const d of drafts) {
    const lb = balancers.find((b) => b.members.includes(d));
    if (lb && !placed.has(lb.id)) {
      placed.add(lb.id);
      nodes.push(balancerNode(lb, version, notes));
    }
    nodes.push(apimNode(d, connections));
  }
  return [...nodes, ...databases];
}

export function memberEdges(balancers: readonly Balancer[]): RawEdge[] {
  return balancers.flatMap((b) =>
    b.members.map((m) => ({ id: `${b.id}--${m.id}`, source: b.id, target: m.id })),
  );
}

/** Whether a parsed TOML file looks like an API-M `deployment.toml`. */
export function looksLikeApim(data: Record<string, unknown>): boolean {
  return ['server', 'apim', 'database', 'super_admin', 'keystore'].some((k) => k in data);
}
