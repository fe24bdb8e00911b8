/**
 * A large API-M 4.4.0 document for the layout tests, built as bench/src/topologies.ts builds its
 * (the bench measures the same shape): a control-plane cluster and a Traffic Manager cluster behind
 * load balancers, one database, then gateway environments of two gateways behind a load balancer.
 */
import { parseTopology, type Topology, type TopologyInput } from '@apim-designer/topology';

type NodeInput = TopologyInput['nodes'][number];

export function largeTopology(size: number): Topology {
  const nodes: NodeInput[] = [];
  const edges: { id: string; source: string; target: string }[] = [];
  const host = (n: string) => `${n}.example.com`;
  const join = (source: string, target: string) =>
    edges.push({ id: `${source}--${target}`, source, target });
  nodes.push({ id: 'db', kind: 'database', name: 'db', host: host('db'), engine: 'mysql' });
  for (const id of ['cp-1', 'cp-2'])
    nodes.push({ id, kind: 'control-plane', name: id, host: host(id), offset: 0 });
  for (const id of ['tm-1', 'tm-2'])
    nodes.push({ id, kind: 'traffic-manager', name: id, host: host(id), offset: 0 });
  nodes.push({
    id: 'cp-lb',
    kind: 'load-balancer',
    name: 'cp-lb',
    host: host('cp'),
    fronts: 'control-plane',
  });
  nodes.push({
    id: 'tm-lb',
    kind: 'load-balancer',
    name: 'tm-lb',
    host: host('tm'),
    fronts: 'traffic-manager',
  });
  for (const id of ['cp-1', 'cp-2', 'tm-1', 'tm-2']) join('db', id);
  join('cp-lb', 'cp-1');
  join('cp-lb', 'cp-2');
  join('tm-lb', 'tm-1');
  join('tm-lb', 'tm-2');
  join('tm-1', 'cp-lb');
  join('tm-2', 'cp-lb');
  for (let env = 1; nodes.length + 3 <= size; env++) {
    const lb = `gw-lb-${env}`;
    nodes.push({ id: lb, kind: 'load-balancer', name: lb, host: host(lb), fronts: 'gateway' });
    for (const i of [1, 2]) {
      const gw = `gw-${env}-${i}`;
      nodes.push({
        id: gw,
        kind: 'gateway',
        name: gw,
        host: host(gw),
        offset: 0,
        environment: { name: `Environment ${env}` },
      });
      join(lb, gw);
      join('db', gw);
      join(gw, 'cp-lb');
      join(gw, 'tm-lb');
    }
    join('cp-1', lb);
    join('cp-2', lb);
  }
  // Standalone gateways for what is left, each its own environment.
  for (let i = 1; nodes.length < size; i++) {
    const gw = `gw-${i}`;
    nodes.push({
      id: gw,
      kind: 'gateway',
      name: gw,
      host: host(gw),
      offset: 0,
      environment: { name: `Standalone ${i}` },
    });
    join('db', gw);
    join(gw, 'cp-lb');
    join(gw, 'tm-lb');
  }
  const res = parseTopology({
    schemaVersion: 1,
    name: `${nodes.length} nodes`,
    apimVersion: '4.4.0',
    nodes,
    edges,
  });
  if (!res.ok)
    throw new Error(`the large topology does not parse: ${res.issues[0]?.message ?? ''}`);
  return res.topology;
}
