/**
 * Which live file is which node of the design, strongest evidence first: the header comment
 * apim-designer writes, the host (`[server] hostname`, with kind and offset among nodes sharing a
 * host), the folder (the bundle's `<node>/repository/conf/…`, or `<node>.toml`), and last the keys
 * (the importer's kind inference) when one node of that kind is left.
 */
import { nodeFolder } from '../bundle-paths.js';
import type { ApimKind } from '../kinds/meta-registry.js';
import { kindLabel } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';
import type { MatchedBy } from './types.js';

/** What a live file (or a 2.x node's group of files) says about which node it is. */
export interface Candidate {
  /** The file, or the files of one 2.x node, for messages. */
  readonly label: string;
  readonly folder: string;
  /** The node name in our own header comment (a file the designer generated). */
  readonly hintName?: string;
  /** `[server] hostname` / carbon.xml `HostName`, lower case. */
  readonly hostname?: string;
  /** The node's own address when its hostname is a load balancer's (`local_member_host`, `node_ip`). */
  readonly memberHosts?: readonly string[];
  readonly offset?: number;
  /** The kind its keys or `server_role` say, if known. */
  readonly kind?: ApimKind;
  readonly kindDetail?: string;
  /** The evidence a host match uses, shown in the report. */
  readonly hostSource?: string;
}

export interface Match {
  readonly nodeId: string;
  readonly by: MatchedBy;
  readonly detail: string;
}

export interface MatchResult {
  /** By candidate index. */
  readonly matches: ReadonlyMap<number, Match>;
  /** Candidate index → why it matches no node. */
  readonly unmatched: ReadonlyMap<number, string>;
}

type Step = (
  c: Candidate,
  free: readonly ApimNode[],
) => { node: ApimNode; detail: string } | string | undefined;

const one = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

function byHint(c: Candidate, free: readonly ApimNode[]) {
  if (c.hintName === undefined) return undefined;
  const node = free.find((n) => n.name === c.hintName);
  return node ? { node, detail: `the header comment names node "${c.hintName}"` } : undefined;
}

/** The free nodes on a candidate's host, narrowed by member host, kind and offset while that helps. */
function onHost(model: TopologyModel, c: Candidate, free: readonly ApimNode[]) {
  const host = c.hostname;
  if (host === undefined) return undefined;
  const own = (n: ApimNode) => n.host.toLowerCase();
  let list = free.filter(
    (n) => own(n) === host || model.clusterOf(n.id)?.lb.host.toLowerCase() === host,
  );
  const narrowed: string[] = [];
  const narrow = (keep: (n: ApimNode) => boolean, why: string) => {
    const next = list.filter(keep);
    if (next.length > 0 && next.length < list.length) {
      list = next;
      narrowed.push(why);
    }
  };
  if (list.length > 1 && c.memberHosts) {
    const members = c.memberHosts;
    narrow((n) => members.includes(own(n)), `member host ${members.join(' / ')}`);
  }
  if (list.length > 1 && c.kind) {
    const kind = c.kind;
    narrow((n) => n.kind === kind, `its keys say ${kindLabel(kind)}`);
  }
  if (list.length > 1 && c.offset !== undefined) {
    const offset = c.offset;
    narrow((n) => n.offset === offset, `offset ${offset}`);
  }
  return { host, list, detail: [`${c.hostSource ?? 'host'} = "${host}"`, ...narrowed].join(', ') };
}

function byHost(model: TopologyModel): Step {
  return (c, free) => {
    const found = onHost(model, c, free);
    if (!found || found.list.length === 0) return undefined;
    const node = one(found.list);
    if (node) return { node, detail: found.detail };
    return `${c.hostSource ?? 'its host'} "${found.host}" fits ${found.list.length} nodes (${found.list.map((n) => n.name).join(', ')}), and nothing else tells them apart`;
  };
}

/**
 * Last: files that fit several interchangeable nodes (the members of one cluster, whose files say
 * the balancer's host and nothing of their own) are taken in file order, and the report says so.
 */
function byHostInOrder(model: TopologyModel): Step {
  return (c, free) => {
    const found = onHost(model, c, free);
    const node = found?.list[0];
    if (!found || !node) return undefined;
    return {
      node,
      detail: `${found.detail}; it fits ${found.list.length} nodes (${found.list.map((n) => n.name).join(', ')}) that nothing in the files tells apart, so they were taken in file order`,
    };
  };
}

function byFolder(c: Candidate, free: readonly ApimNode[]) {
  const node = free.find((n) => nodeFolder(n.name) === c.folder);
  return node ? { node, detail: `the folder or file name "${c.folder}"` } : undefined;
}

function byKeys(c: Candidate, free: readonly ApimNode[]) {
  if (!c.kind) return undefined;
  const kind = c.kind;
  const node = one(free.filter((n) => n.kind === kind));
  return node
    ? { node, detail: `the only ${kindLabel(kind)} left (${c.kindDetail ?? 'its keys'})` }
    : undefined;
}

export function matchCandidates(
  model: TopologyModel,
  candidates: readonly Candidate[],
): MatchResult {
  const steps: [MatchedBy, Step][] = [
    ['header comment', byHint],
    ['host', byHost(model)],
    ['folder', byFolder],
    ['keys', byKeys],
    ['host', byHostInOrder(model)],
  ];
  const nodes = model.apimNodes();
  const taken = new Map<string, number>();
  const matches = new Map<number, Match>();
  const why = new Map<number, string>();
  for (const [by, step] of steps) {
    candidates.forEach((c, i) => {
      if (matches.has(i)) return;
      const free = nodes.filter((n) => !taken.has(n.id));
      const found = step(c, free);
      if (typeof found === 'string') {
        if (!why.has(i)) why.set(i, found);
        return;
      }
      if (!found) return;
      taken.set(found.node.id, i);
      matches.set(i, { nodeId: found.node.id, by, detail: found.detail });
    });
  }
  const unmatched = new Map<number, string>();
  candidates.forEach((c, i) => {
    if (matches.has(i)) return;
    const claimed = [...taken].find(([id]) => {
      const n = model.node(id);
      return n && (nodeFolder(n.name) === c.folder || n.host.toLowerCase() === c.hostname);
    });
    const other = claimed && candidates[claimed[1]];
    unmatched.set(
      i,
      why.get(i) ??
        (claimed && other
          ? `it looks like node ${model.node(claimed[0])?.name ?? claimed[0]}, which ${other.label} already matched`
          : `no node of the design has its host${c.hostname ? ` "${c.hostname}"` : ''}, its folder name "${c.folder}" or its kind's keys`),
    );
  });
  return { matches, unmatched };
}
