/** Sections for highly available topologies (documents 002, 003; reference §8). */
import { nodeFolder } from '../bundle-paths.js';
import { portAt } from '../ports.js';
import type { TomlSection, TomlTable } from '../toml.js';
import type { ApimNode } from '../topology.js';
import type { NodeContext } from './context.js';
import { amqpUrl } from './urls.js';

/**
 * The other Traffic Managers this one republishes to: the other members of its cluster, or every
 * other node of its kind (a control plane that acts as Traffic Manager is no peer).
 */
export function trafficManagerPeerNodes(ctx: NodeContext): ApimNode[] {
  const cluster = ctx.cluster();
  return (cluster ? cluster.members : ctx.nodesWithRole('traffic-manager')).filter(
    (n) => n.id !== ctx.node.id && n.kind === ctx.node.kind,
  );
}

/**
 * Each Traffic Manager republishes its throttle decisions to the others (3.2 guide, "Configure HA
 * for the Traffic Manager"); from 4.0 it also reads decisions from its own broker (4.x guide).
 */
export function trafficManagerPeers(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.trafficManagerEventDuplication) return [];
  const peers = trafficManagerPeerNodes(ctx);
  if (peers.length === 0) return [];
  const values: TomlTable = { event_duplicate_url: peers.map(amqpUrl) };
  if (ctx.version.trafficManagerOwnDecisionEndpoint)
    values.throttle_decision_endpoints = [`tcp://localhost:${portAt('amqp', ctx.node.offset)}`];
  return [
    {
      table: ['apim', 'throttling'],
      comment: [
        `Republish throttle decisions to the other Traffic Managers: ${peers.map((p) => p.name).join(', ')}`,
      ],
      values,
    },
  ];
}

/** The inbuilt artifact synchroniser (3.2): the Publisher saves APIs in WSO2AM_DB… */
export function publisherArtifactSync(ctx: NodeContext): TomlSection[] {
  if (!ctx.databaseArtifactSync()) return [];
  return [
    {
      table: ['apim', 'sync_runtime_artifacts', 'publisher'],
      comment: [
        'Inbuilt artifact synchroniser: APIs are saved in WSO2AM_DB and gateways pull them (README.md).',
      ],
      values: { artifact_saver: 'DBSaver', publish_directly_to_gateway: 'false' },
    },
  ];
}

/**
 * …and each gateway pulls the APIs of its environment (label) from the event hub (3.2: the Traffic
 * Manager). Where gateways subscribe to labels (4.x), the labels section says it instead.
 */
export function gatewayArtifactSync(ctx: NodeContext, environment: string): TomlSection[] {
  if (!ctx.databaseArtifactSync() || ctx.version.gatewayLabels) return [];
  return [
    {
      table: ['apim', 'sync_runtime_artifacts', 'gateway'],
      comment: [
        `Pull the APIs published to environment "${environment}" (inbuilt artifact synchroniser).`,
      ],
      values: {
        gateway_labels: [environment],
        artifact_retriever: 'DBRetriever',
        deployment_retry_duration: 15000,
        data_retrieval_mode: 'sync',
        event_waiting_time: 5000,
      },
    },
  ];
}

/** The Hazelcast member port of a node: 4000, or the next free one when members share a host. */
export function hazelcastPort(ctx: Pick<NodeContext, 'node' | 'cluster'>): number {
  const cluster = ctx.cluster();
  if (!cluster) return 4000;
  const sameHost = cluster.members.filter(
    (m) => m.host.toLowerCase() === ctx.node.host.toLowerCase(),
  );
  return (
    4000 +
    Math.max(
      0,
      sameHost.findIndex((m) => m.id === ctx.node.id),
    )
  );
}

/** Hazelcast among the members of a cluster, by well-known addresses; the port does not move with the offset. */
export function hazelcastClustering(ctx: NodeContext): TomlSection[] {
  const cluster = ctx.cluster();
  if (!cluster?.lb.hazelcast) return [];
  const members = cluster.members.map(
    (m) => `${m.host}:${hazelcastPort({ node: m, cluster: () => cluster })}`,
  );
  return [
    {
      table: ['clustering'],
      comment: [
        `Hazelcast among the members behind ${cluster.lb.name}; the member port is not moved by the offset.`,
      ],
      values: {
        membership_scheme: 'wka',
        domain: `wso2.apim.${nodeFolder(cluster.lb.name)}.domain`,
        local_member_host: ctx.node.host,
        local_member_port: hazelcastPort(ctx),
        members,
      },
    },
  ];
}
