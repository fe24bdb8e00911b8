/** API-M nodes from the files, and the load balancers their URLs and host names reveal. */
import { nodeFolder } from '../bundle-paths.js';
import { isIpv4, isIpv6 } from '../fields.js';
import type { ApimKind } from '../kinds/meta-registry.js';
import { intAt, textAt, valueAt } from '../toml-read.js';
import { findKind, type KindFinding } from './roles.js';
import type { SourceFile } from './source.js';
import { environmentSlots, parseUrl, portless, urlSlots } from './urls.js';

export interface Draft {
  readonly file: SourceFile;
  readonly id: string;
  readonly name: string;
  readonly kind: ApimKind;
  readonly finding: KindFinding;
  /** `[server] hostname` (lower case): the node's host, or its balancer's. */
  readonly hostname: string;
  /** The host the node runs on. */
  readonly host: string;
  readonly offset: number;
  readonly nodeIp: string | undefined;
}

export interface Balancer {
  readonly id: string;
  readonly name: string;
  readonly host: string;
  readonly fronts: ApimKind;
  readonly members: readonly Draft[];
  readonly hazelcast: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

export function uniqueId(taken: Set<string>, wanted: string): string {
  let id = wanted;
  for (let i = 2; taken.has(id); i++) id = `${wanted}-${i}`;
  taken.add(id);
  return id;
}

/**
 * A bare `deployment.toml` (no folder naming the node, as each server has one) is named after its
 * host's first label (`km.wso2.com` → `km`), not "deployment".
 */
function wantedId(file: SourceFile, hostname: string | undefined): string {
  const parts = file.path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  const bare = parts.length === 1 && parts[0]?.toLowerCase() === 'deployment.toml';
  if (!bare || !hostname || isLoopback(hostname) || isIpv4(hostname) || isIpv6(hostname))
    return file.folder;
  return nodeFolder(hostname.split('.')[0] ?? '') || file.folder;
}

function baseDraft(file: SourceFile, taken: Set<string>, notes: string[]): Omit<Draft, 'host'> {
  const finding = findKind(file.data);
  const { data, hints } = file;
  const hostname = textAt(data, ['server', 'hostname'])?.trim().toLowerCase();
  const id = uniqueId(taken, wantedId(file, hostname));
  const fromHint = hints.nodeName !== undefined && nodeFolder(hints.nodeName) === file.folder;
  if (!hostname)
    notes.push(`${file.path}: no [server] hostname; the product's default "localhost" is assumed.`);
  const offset = intAt(data, ['server', 'offset']) ?? 0;
  return {
    file,
    id,
    name: fromHint && hints.nodeName !== undefined ? hints.nodeName : id,
    kind: finding.kind,
    finding,
    hostname: hostname || 'localhost',
    offset,
    nodeIp: textAt(data, ['server', 'node_ip'])?.trim(),
  };
}

/** Host names that are a balancer's: portless URLs to them, or a `proxyPort` on the nodes that use them. */
function balancerHosts(
  files: readonly SourceFile[],
  drafts: readonly Omit<Draft, 'host'>[],
): Set<string> {
  const hosts = new Set<string>();
  for (const f of files) {
    const all = [...urlSlots(f.data), ...environmentSlots(f.data).flatMap((e) => e.slots)];
    for (const slot of all) {
      const url = parseUrl(slot.value);
      if (url && portless(url) && !isLoopback(url.host)) hosts.add(url.host);
    }
  }
  for (const d of drafts)
    if (valueAt(d.file.data, ['transport', 'https', 'properties', 'proxyPort']) !== undefined)
      hosts.add(d.hostname);
  return hosts;
}

/** A cluster member's own host: our header, its Hazelcast address, `node_ip`, or its folder name. */
function memberHost(d: Omit<Draft, 'host'>, notes: string[]): string {
  const { hints, data, path } = d.file;
  const pick = (host: string, why: string) => {
    notes.push(
      `${path}: [server] hostname "${d.hostname}" is a load balancer's; the node's own host "${host}" is taken from ${why}.`,
    );
    return host;
  };
  if (hints.host) return pick(hints.host, 'the apim-designer header comment');
  const hz = textAt(data, ['clustering', 'local_member_host']);
  if (hz) return pick(hz, '[clustering] local_member_host');
  if (d.nodeIp && !isLoopback(d.nodeIp)) return pick(d.nodeIp, '[server] node_ip');
  return pick(d.file.folder, 'the file/folder name (nothing in the file says it)');
}

export interface NodesFound {
  readonly drafts: readonly Draft[];
  readonly balancers: readonly Balancer[];
  /** Ids given so far (databases get theirs next). */
  readonly taken: Set<string>;
}

export function findNodes(files: readonly SourceFile[], notes: string[]): NodesFound {
  const taken = new Set<string>();
  const bases = files.map((f) => baseDraft(f, taken, notes));
  const lbHosts = balancerHosts(files, bases);
  const byLbHost = new Map<string, Draft[]>();
  const drafts = bases.map((b): Draft => {
    if (!lbHosts.has(b.hostname)) return { ...b, host: b.hostname };
    const d = { ...b, host: memberHost(b, notes) };
    byLbHost.set(b.hostname, [...(byLbHost.get(b.hostname) ?? []), d]);
    return d;
  });
  const balancers: Balancer[] = [];
  for (const [host, members] of [...byLbHost].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const fronts = members[0]?.kind;
    if (!fronts) continue;
    const odd = members.filter((m) => m.kind !== fronts);
    if (odd.length > 0)
      notes.push(
        `Load balancer ${host} has members of different kinds; it fronts ${fronts}, and ${odd.map((m) => m.id).join(', ')} are not its members.`,
      );
    const hinted = members
      .flatMap((m) => [m.file.hints.clusterName, m.file.hints.balancerNames.get(host)])
      .find((n) => n !== undefined);
    const id = uniqueId(taken, nodeFolder(hinted ?? `${host.split('.')[0] ?? 'lb'}-lb`));
    balancers.push({
      id,
      name: hinted ?? id,
      host,
      fronts,
      members: members.filter((m) => m.kind === fronts),
      hazelcast: members.some(
        (m) => textAt(m.file.data, ['clustering', 'membership_scheme']) !== undefined,
      ),
    });
  }
  return { drafts, balancers, taken };
}
