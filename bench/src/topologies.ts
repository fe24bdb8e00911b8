/**
 * Deterministic API-M 4.4.0 topologies of any size ≥ 5, built as the documents describe a large
 * deployment: a control-plane cluster and a Traffic Manager cluster behind load balancers, one
 * database, and then gateway environments (each a cluster of two gateways behind a load balancer)
 * until the size is reached; a remainder too small for a cluster becomes standalone gateways.
 * Every generated topology renders without errors (the bench checks that before it times anything).
 */
import { parseTopology, type Topology, type TopologyInput } from '@apim-designer/topology';

type NodeInput = TopologyInput['nodes'][number];
type EdgeInput = TopologyInput['edges'][number];

class Builder {
  readonly nodes: NodeInput[] = [];
  readonly edges: EdgeInput[] = [];

  add(node: NodeInput): string {
    this.nodes.push(node);
    return node.id;
  }

  join(source: string, target: string): void {
    this.edges.push({ id: `${source}--${target}`, source, target });
  }
}

const host = (name: string) => `${name}.bench.example.com`;

function apim(
  kind: 'control-plane' | 'traffic-manager',
  name: string,
): Extract<NodeInput, { kind: typeof kind }> {
  return { id: name, kind, name, host: host(name), offset: 0 };
}

function gateway(name: string, environment: string): NodeInput {
  return {
    id: name,
    kind: 'gateway',
    name,
    host: host(name),
    offset: 0,
    environment: { name: environment },
  };
}

function loadBalancer(
  name: string,
  fronts: 'control-plane' | 'traffic-manager' | 'gateway',
): NodeInput {
  return { id: name, kind: 'load-balancer', name, host: host(name), fronts };
}

/** The raw document (defaults left out, as a client sends it). */
export function topologyInput(size: number): TopologyInput {
  if (!Number.isInteger(size) || size < 5) throw new Error(`size must be an integer ≥ 5: ${size}`);
  const b = new Builder();
  const db = b.add({
    id: 'db',
    kind: 'database',
    name: 'db',
    host: host('db'),
    engine: 'mysql',
    apimDbName: 'WSO2AM_DB',
    sharedDbName: 'WSO2SHARED_DB',
    username: 'wso2carbon',
    password: '$env{APIM_DB_PASSWORD}',
  });

  // The control plane and the Traffic Manager: clusters once there is room for them, else one each.
  const clustered = size >= 12;
  const cps = clustered ? ['cp-1', 'cp-2'] : ['cp-1'];
  const tms = clustered ? ['tm-1', 'tm-2'] : ['tm-1'];
  for (const cp of cps) b.join(db, b.add(apim('control-plane', cp)));
  for (const tm of tms) b.join(db, b.add(apim('traffic-manager', tm)));
  let cpTarget = 'cp-1';
  let tmTarget = 'tm-1';
  if (clustered) {
    cpTarget = b.add(loadBalancer('cp-lb', 'control-plane'));
    tmTarget = b.add(loadBalancer('tm-lb', 'traffic-manager'));
    for (const cp of cps) b.join(cpTarget, cp);
    for (const tm of tms) b.join(tmTarget, tm);
  }
  for (const tm of tms) b.join(tm, cpTarget);

  const gatewayClient = (gw: string) => {
    b.join(db, gw);
    b.join(gw, cpTarget);
    b.join(gw, tmTarget);
  };

  // Gateway environments: clusters of three nodes (a load balancer and two gateways) …
  let env = 0;
  while (size - b.nodes.length >= 3) {
    env++;
    const lb = b.add(loadBalancer(`gw-lb-${env}`, 'gateway'));
    for (const i of [1, 2]) {
      const gw = b.add(gateway(`gw-${env}-${i}`, `Environment ${env}`));
      b.join(lb, gw);
      gatewayClient(gw);
    }
    for (const cp of cps) b.join(cp, lb);
  }
  // … and standalone gateways for what is left.
  while (b.nodes.length < size) {
    env++;
    const gw = b.add(gateway(`gw-${env}`, `Environment ${env}`));
    gatewayClient(gw);
    // Without a control-plane load balancer the gateway already joins the one control plane.
    if (clustered) for (const cp of cps) b.join(cp, gw);
  }

  return {
    schemaVersion: 1,
    name: `bench ${size} nodes`,
    apimVersion: '4.4.0',
    settings: {
      superAdmin: { username: 'admin', password: '$secret{admin_password}' },
      keystore: { password: '$secret{keystore_password}', keyPassword: '$secret{key_password}' },
      truststore: { password: '$secret{truststore_password}' },
    },
    nodes: b.nodes,
    edges: b.edges,
  };
}

/** The parsed document (defaults filled in), as the core's functions take it. */
export function topology(size: number): Topology {
  const parsed = parseTopology(topologyInput(size));
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`the ${size}-node bench topology does not parse: ${JSON.stringify(first)}`);
  }
  return parsed.topology;
}
