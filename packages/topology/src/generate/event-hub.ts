/**
 * API-M 4.x: the control plane's event hub and what gateways and Traffic Managers need to reach it
 * (4.x guide "Distributed deployment with the Traffic Manager separated"; reference §4.2).
 */
import { urlHost } from '../fields.js';
import { portAt } from '../ports.js';
import type { TomlSection, TomlTable } from '../toml.js';
import { ADMIN_REF } from './base.js';
import { primary, tokenRevocationListener } from './clients.js';
import type { NodeContext } from './context.js';
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
  if (!ctx.version.eventHub) return [];
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

/** 4.0's separate Key Manager also publishes to the control planes' event hub (its KM-separated guide). */
export function eventHubPublisher(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.eventHub) return [];
  return memberNodes(ctx.reach('event-hub')).map((m): TomlSection => ({
    table: ['apim', 'event_hub', 'publish', 'url_group'],
    arrayOfTables: true,
    values: { urls: [binaryUrl(m)], auth_urls: [binarySslUrl(m)] },
  }));
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

/** The node's own management base URL: its load balancer's in a cluster. */
function ownManagementBase(ctx: NodeContext): string {
  const cluster = ctx.cluster();
  return cluster
    ? managementBase({ type: 'cluster', lb: cluster.lb, members: cluster.members })
    : `https://${urlHost(ctx.node.host)}:${portAt('https', ctx.node.offset)}`;
}

/** The control plane's Developer Portal URL: its own, or its load balancer's. */
export function ownDevportalUrl(ctx: NodeContext): TomlSection[] {
  return [{ table: ['apim', 'devportal'], values: { url: `${ownManagementBase(ctx)}/devportal` } }];
}

/** Token revocations are sent to the control plane's own internal API (through its load balancer). */
export function ownRevocationNotifier(ctx: NodeContext): TomlSection[] {
  return [
    tokenRevocationListener(
      ownManagementBase(ctx),
      'Token revocation events to the control plane’s internal API',
    ),
  ];
}

/**
 * Gateways register with the control plane, send heartbeats and acknowledge deployments (4.6+); the
 * guides' gateway step 4 gives each a stable `gateway_id` ("a unique identifier for each Gateway
 * node"), without which it registers under a new random id at every start (GatewayNotifier.java).
 * The node's id is unique in the topology and does not change when the node is renamed.
 */
export function gatewayNotification(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.gatewayNotification) return [];
  return [
    {
      table: ['apim', 'gateway_notification'],
      comment: ['Registration, heartbeats and deployment acknowledgements to the control plane'],
      values: { gateway_id: ctx.node.id },
    },
  ];
}
