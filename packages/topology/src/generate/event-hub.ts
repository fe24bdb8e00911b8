/**
 * API-M 4.x: the control plane's event hub and what gateways and Traffic Managers need to reach it
 * (4.x guide "Distributed deployment with the Traffic Manager separated"; reference §4.2).
 */
import { urlHost } from '../fields.js';
import { portAt } from '../ports.js';
import type { TomlSection, TomlTable } from '../toml.js';
import type { NodeContext } from './context.js';
import { trafficManagerPeerNodes } from './ha.js';
import { ADMIN_REF, primary } from './sections.js';
import {
  amqpUrl,
  binarySslUrl,
  binaryUrl,
  describeEndpoint,
  managementBase,
  memberNodes,
  servicesUrl,
} from './urls.js';

/** A gateway's or Traffic Manager's subscription to the control plane(s): artifacts, keys, policies. */
export function eventHubClient(ctx: NodeContext): TomlSection[] {
  const eps = ctx.reach('event-hub');
  const hub = primary(eps);
  if (!hub) return [];
  return [
    {
      table: ['apim', 'event_hub'],
      comment: [`Event hub: control plane ${eps.map(describeEndpoint).join('; ')}`],
      values: {
        enable: true,
        ...ADMIN_REF,
        service_url: servicesUrl(hub),
        event_listening_endpoints: memberNodes(eps).map(amqpUrl),
      },
    },
  ];
}

/**
 * The control plane's own event hub: its service URL (through its load balancer in a cluster), the
 * local broker, its peers (4.1+) and one publishing url_group per control plane.
 */
export function eventHubServer(ctx: NodeContext): TomlSection[] {
  const { node } = ctx;
  const cluster = ctx.cluster();
  const members = cluster ? cluster.members : [node];
  const self = cluster ? `tcp://localhost:${portAt('amqp', node.offset)}` : amqpUrl(node);
  const values: TomlTable = {
    enable: true,
    ...ADMIN_REF,
    service_url: servicesUrl(
      cluster ? { type: 'cluster', lb: cluster.lb, members } : { type: 'node', node },
    ),
    event_listening_endpoints: [self],
  };
  const peers = members.filter((m) => m.id !== node.id);
  if (ctx.version.eventHubDuplication && peers.length > 0)
    values.event_duplicate_url = peers.map(amqpUrl);
  return [
    {
      table: ['apim', 'event_hub'],
      comment: cluster ? [`Event hub of the control planes behind ${cluster.lb.name}`] : undefined,
      values,
    },
    ...members.map((m): TomlSection => ({
      table: ['apim', 'event_hub', 'publish', 'url_group'],
      arrayOfTables: true,
      values: { urls: [binaryUrl(m)], auth_urls: [binarySslUrl(m)] },
    })),
  ];
}

/** A clustered control plane names its own cluster as Key Manager (the guide's HA sample). */
export function controlPlaneKeyManager(ctx: NodeContext): TomlSection[] {
  const cluster = ctx.cluster();
  if (!cluster) return [];
  return [
    {
      table: ['apim', 'key_manager'],
      values: {
        service_url: servicesUrl({ type: 'cluster', lb: cluster.lb, members: cluster.members }),
        ...ADMIN_REF,
        type: 'default',
      },
    },
  ];
}

/** The control plane's Developer Portal URL: its own, or its load balancer's. */
export function ownDevportalUrl(ctx: NodeContext): TomlSection[] {
  const cluster = ctx.cluster();
  const base = cluster
    ? managementBase({ type: 'cluster', lb: cluster.lb, members: cluster.members })
    : `https://${urlHost(ctx.node.host)}:${portAt('https', ctx.node.offset)}`;
  return [{ table: ['apim', 'devportal'], values: { url: `${base}/devportal` } }];
}

/** Token revocations are sent to the control plane's own internal API (through its load balancer). */
export function ownRevocationNotifier(ctx: NodeContext): TomlSection[] {
  const cluster = ctx.cluster();
  const base = cluster
    ? managementBase({ type: 'cluster', lb: cluster.lb, members: cluster.members })
    : `https://${urlHost(ctx.node.host)}:${portAt('https', ctx.node.offset)}`;
  return [
    {
      table: ['event_listener'],
      arrayOfTables: true,
      comment: ['Token revocation events to the control plane’s internal API'],
      values: {
        id: 'token_revocation',
        type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
        name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
        order: 1,
        properties: {
          notification_endpoint: `${base}/internal/data/v1/notify`,
          username: '${admin.username}',
          password: '${admin.password}',
          'header.X-WSO2-KEY-MANAGER': 'default',
        },
      },
    },
  ];
}

/** A 4.x Traffic Manager in HA: its own broker for decisions, and its peers for duplication. */
export function trafficManagerPeers4x(ctx: NodeContext): TomlSection[] {
  const peers = trafficManagerPeerNodes(ctx);
  if (peers.length === 0) return [];
  return [
    {
      table: ['apim', 'throttling'],
      comment: [
        `Republish throttle decisions to the other Traffic Managers: ${peers.map((p) => p.name).join(', ')}`,
      ],
      values: {
        event_duplicate_url: peers.map(amqpUrl),
        throttle_decision_endpoints: [`tcp://localhost:${portAt('amqp', ctx.node.offset)}`],
      },
    },
  ];
}

/**
 * A 4.x gateway subscribes to the labels of its environment. So does a 4.x all-in-one node that
 * serves its own environment: its gateway subscribes to "Default" otherwise, and an environment of
 * any other name would never get its APIs (the label must equal the environment's name).
 */
export function gatewayLabels(ctx: NodeContext): TomlSection[] {
  const { node } = ctx;
  if (node.kind === 'all-in-one') {
    if (ctx.version.family !== '4.x') return [];
    const own = ctx
      .environments()
      .filter((env) =>
        env.endpoint.type === 'node'
          ? env.endpoint.node.id === node.id
          : env.endpoint.members.some((m) => m.id === node.id),
      );
    if (own.length === 0) return [];
    return [
      {
        table: ['apim', 'sync_runtime_artifacts', 'gateway'],
        comment: ["Deploy the APIs published to this node's own gateway environment (label)."],
        values: { gateway_labels: own.map((env) => env.name) },
      },
    ];
  }
  if (node.kind !== 'gateway') return [];
  return [
    {
      table: ['apim', 'sync_runtime_artifacts', 'gateway'],
      comment: ['Deploy the APIs published to these environments (labels) of the control plane.'],
      values: { gateway_labels: node.gatewayLabels ?? [node.environment.name] },
    },
  ];
}
