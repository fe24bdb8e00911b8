/** Topologies the tests share, built from plain documents. */
import { versionFacts, type ApimVersion, type Topology, type TopologyInput } from '../src/index.js';
import { CERT_SETTINGS, loadExample, topology } from './helpers.js';

export function distributed(version: ApimVersion): Topology {
  const facts = versionFacts(version);
  if (facts.controlPlane && !facts.componentDistributions)
    return { ...loadExample('distributed-4.4.0.json'), apimVersion: version };
  if (facts.configFormat === 'xml-fragments')
    return { ...loadExample('distributed-3.1.0.json'), apimVersion: version };
  return loadExample(`distributed-${version}.json`);
}

/** Document 000: an all-in-one node and two gateways on one host. */
export function threeInstances(version: ApimVersion = '3.2.0'): Topology {
  const doc: TopologyInput = {
    schemaVersion: 1,
    name: 'Multiple gateways (document 000)',
    apimVersion: version,
    nodes: [
      { id: 'aio', kind: 'all-in-one', name: 'instance-1', host: 'localhost', offset: 0 },
      {
        id: 'prod',
        kind: 'gateway',
        name: 'instance-2',
        host: 'localhost',
        offset: 1,
        environment: {
          name: 'Production Gateway',
          type: 'production',
          description: 'Production Gateway Environment',
        },
      },
      {
        id: 'sandbox',
        kind: 'gateway',
        name: 'instance-3',
        host: 'localhost',
        offset: 2,
        environment: {
          name: 'Sandbox Gateway',
          type: 'sandbox',
          description: 'Sandbox Gateway Environment',
        },
      },
    ],
    edges: [
      { source: 'aio', target: 'prod' },
      { source: 'aio', target: 'sandbox' },
    ],
  };
  return topology(doc);
}

/** 4.x: control planes, Traffic Managers and gateways in clusters, an all-in-one with its own gateway. */
function allKinds4x(version: ApimVersion): Topology {
  const nodes: TopologyInput['nodes'] = [
    { id: 'cp1', kind: 'control-plane', name: 'cp1', host: 'cp1.example.com' },
    { id: 'cp2', kind: 'control-plane', name: 'cp2', host: 'cp2.example.com' },
    {
      id: 'cplb',
      kind: 'load-balancer',
      name: 'cp-lb',
      host: 'cp.example.com',
      fronts: 'control-plane',
      hazelcast: true,
    },
    { id: 'tm1', kind: 'traffic-manager', name: 'tm1', host: 'tm1.example.com' },
    { id: 'tm2', kind: 'traffic-manager', name: 'tm2', host: 'tm2.example.com' },
    {
      id: 'tmlb',
      kind: 'load-balancer',
      name: 'tm-lb',
      host: 'tm.example.com',
      fronts: 'traffic-manager',
    },
    {
      id: 'gw1',
      kind: 'gateway',
      name: 'gw1',
      host: 'gw1.example.com',
      environment: { name: 'Default' },
    },
    {
      id: 'gw2',
      kind: 'gateway',
      name: 'gw2',
      host: 'gw2.example.com',
      environment: { name: 'Default' },
    },
    { id: 'gwlb', kind: 'load-balancer', name: 'gw-lb', host: 'gw.example.com', fronts: 'gateway' },
    {
      id: 'gw3',
      kind: 'gateway',
      name: 'gw3',
      host: 'gw3.example.com',
      offset: 2,
      environment: { name: 'Edge', type: 'production' },
      gatewayLabels: ['Edge', 'Default'],
    },
    { id: 'aio', kind: 'all-in-one', name: 'aio', host: 'aio.example.com' },
    {
      id: 'gw4',
      kind: 'gateway',
      name: 'gw4',
      host: 'aio.example.com',
      offset: 1,
      environment: { name: 'Lab' },
    },
    {
      id: 'db',
      kind: 'database',
      name: 'db',
      host: 'db.example.com',
      engine: 'mssql',
      password: '$env{DB_PASSWORD}',
    },
  ];
  const pairs: [string, string][] = [
    ['cp1', 'cplb'],
    ['cp2', 'cplb'],
    ['tm1', 'tmlb'],
    ['tm2', 'tmlb'],
    ['gw1', 'gwlb'],
    ['gw2', 'gwlb'],
    ['gw1', 'cplb'],
    ['gw2', 'cplb'],
    ['gw1', 'tmlb'],
    ['gw2', 'tmlb'],
    ['tm1', 'cplb'],
    ['tm2', 'cplb'],
    ['cp1', 'gwlb'],
    ['cp2', 'gwlb'],
    ['gw3', 'cplb'],
    ['cp1', 'gw3'],
    ['cp2', 'gw3'],
    ['aio', 'gw4'],
    ['aio', 'db'],
    ...['cp1', 'cp2', 'tm1', 'tm2', 'gw1', 'gw2', 'gw3', 'gw4'].map((n): [string, string] => [
      n,
      'db',
    ]),
  ];
  const facts = versionFacts(version);
  // From 4.5 the control plane throttles no more: gw3 needs the Traffic Managers.
  if (!facts.controlPlaneThrottles) pairs.push(['gw3', 'tmlb']);
  if (facts.keyManagerNode) {
    nodes.push({ id: 'km', kind: 'key-manager', name: 'km', host: 'km.example.com' });
    pairs.push(['km', 'cplb'], ['km', 'db'], ['cp1', 'km'], ['cp2', 'km'], ['gw1', 'km']);
    pairs.push(['gw2', 'km'], ['gw3', 'km']);
  }
  if (facts.distributedThrottling) {
    nodes.push({
      id: 'redis',
      kind: 'redis',
      name: 'redis',
      host: 'redis.example.com',
      username: 'apim',
      password: '$env{REDIS_PASSWORD}',
      ssl: true,
    });
    pairs.push(['redis', 'tm1'], ['redis', 'tm2'], ['redis', 'cp1'], ['redis', 'cp2']);
  }
  return topology({
    schemaVersion: 1,
    name: 'Every 4.x kind',
    apimVersion: version,
    settings: {
      superAdmin: { username: 'admin', password: '$secret{admin_password}' },
      ...CERT_SETTINGS,
      ...(facts.encryptionKey ? { encryptionKey: '$secret{encryption_key}' } : {}),
    },
    nodes,
    edges: pairs.map(([source, target]) => ({ source, target })),
  });
}

/** Every kind at least once, with load-balanced clusters of gateways, Key Managers and Traffic Managers. */
export function allKindsTopology(version: ApimVersion): Topology {
  if (versionFacts(version).controlPlane) return allKinds4x(version);
  const nodes: TopologyInput['nodes'] = [
    { id: 'km1', kind: 'key-manager', name: 'km1', host: 'km1.example.com' },
    { id: 'km2', kind: 'key-manager', name: 'km2', host: 'km2.example.com' },
    {
      id: 'kmlb',
      kind: 'load-balancer',
      name: 'km-lb',
      host: 'km.example.com',
      fronts: 'key-manager',
    },
    { id: 'tm1', kind: 'traffic-manager', name: 'tm1', host: 'tm1.example.com' },
    { id: 'tm2', kind: 'traffic-manager', name: 'tm2', host: 'tm2.example.com' },
    {
      id: 'tmlb',
      kind: 'load-balancer',
      name: 'tm-lb',
      host: 'tm.example.com',
      fronts: 'traffic-manager',
    },
    { id: 'pub', kind: 'publisher', name: 'pub', host: 'pub.example.com' },
    { id: 'dp', kind: 'devportal', name: 'devportal', host: 'devportal.example.com' },
    { id: 'gw1', kind: 'gateway', name: 'gw1', host: 'gw1.example.com' },
    { id: 'gw2', kind: 'gateway', name: 'gw2', host: 'gw2.example.com' },
    {
      id: 'gwlb',
      kind: 'load-balancer',
      name: 'gw-lb',
      host: 'gw.example.com',
      fronts: 'gateway',
      ...(versionFacts(version).inbuiltArtifactSync
        ? {}
        : { artifactSync: 'shared-file-system' as const }),
      hazelcast: true,
    },
    { id: 'aio', kind: 'all-in-one', name: 'aio', host: 'aio.example.com' },
    {
      id: 'gw3',
      kind: 'gateway',
      name: 'gw3',
      host: 'aio.example.com',
      offset: 1,
      environment: { name: 'Edge' },
    },
    {
      id: 'db',
      kind: 'database',
      name: 'db',
      host: 'db.example.com',
      engine: 'postgresql',
      password: '$env{DB_PASSWORD}',
    },
  ];
  const pairs: [string, string][] = [
    ['km1', 'kmlb'],
    ['km2', 'kmlb'],
    ['tm1', 'tmlb'],
    ['tm2', 'tmlb'],
    ['gw1', 'gwlb'],
    ['gw2', 'gwlb'],
    ['km1', 'tmlb'],
    ['km2', 'tmlb'],
    ['tm1', 'kmlb'],
    ['tm2', 'kmlb'],
    ['pub', 'kmlb'],
    ['pub', 'tmlb'],
    ['pub', 'gwlb'],
    ['pub', 'dp'],
    ['dp', 'kmlb'],
    ['dp', 'tmlb'],
    ['dp', 'gwlb'],
    ['gw1', 'kmlb'],
    ['gw2', 'kmlb'],
    ['gw1', 'tmlb'],
    ['gw2', 'tmlb'],
    ['aio', 'gw3'],
    ['aio', 'db'],
    ...['km1', 'km2', 'tm1', 'tm2', 'pub', 'dp', 'gw1', 'gw2', 'gw3'].map((n): [string, string] => [
      n,
      'db',
    ]),
  ];
  return topology({
    schemaVersion: 1,
    name: 'Every kind',
    apimVersion: version,
    settings: {
      superAdmin: { username: 'admin', password: '$secret{admin_password}' },
      ...CERT_SETTINGS,
    },
    nodes,
    edges: pairs.map(([source, target]) => ({ source, target })),
  });
}
