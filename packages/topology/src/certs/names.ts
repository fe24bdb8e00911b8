/**
 * Who must trust whom, from the design: the names each node is reached by (its certificate's subject
 * alternative names), and which nodes validate tokens signed by the primary keystore.
 */
import { isIpv4, isIpv6 } from '../fields.js';
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';

/** A subject alternative name: `dns:` for a host name, `ip:` for an address. */
export interface SubjectName {
  readonly type: 'dns' | 'ip';
  readonly name: string;
}

export function subjectName(host: string): SubjectName {
  return isIpv4(host) || isIpv6(host)
    ? { type: 'ip', name: host }
    : { type: 'dns', name: host.toLowerCase() };
}

/** The names a node is reached by: its host, and the load balancer in front of its cluster. */
export function certificateNames(model: TopologyModel, node: ApimNode): SubjectName[] {
  const names = [node.host];
  const cluster = model.clusterOf(node.id);
  if (cluster) names.push(cluster.lb.host);
  const seen = new Set<string>();
  return names.map(subjectName).filter((n) => {
    const key = `${n.type}:${n.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** keytool's `-ext SAN=` value. */
export function sanExtension(names: readonly SubjectName[]): string {
  return names.map((n) => `${n.type}:${n.name}`).join(',');
}
