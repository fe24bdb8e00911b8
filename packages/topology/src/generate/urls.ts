/** URLs between nodes. Ports come from `ports.ts` at the offset of the node the URL points at. */
import { urlHost } from '../fields.js';
import { isDedicatedTo, servesPortals } from '../kinds/meta-registry.js';
import { portAt } from '../ports.js';
import type { ApimNode } from '../topology.js';
import type { Endpoint } from './context.js';

/**
 * `https://host:port` of a node's management transport, or of a cluster's load balancer: 443
 * (`https://lb-host`), except in front of gateway nodes, whose 443 carries API traffic, so management
 * is on 9443 (render/nginx.ts).
 */
export function managementBase(ep: Endpoint): string {
  if (ep.type === 'cluster') {
    const port = isDedicatedTo(ep.lb.fronts, 'gateway') ? `:${portAt('https', 0)}` : '';
    return `https://${urlHost(ep.lb.host)}${port}`;
  }
  return `https://${urlHost(ep.node.host)}:${portAt('https', ep.node.offset)}`;
}

/** Admin services (`…/services/`), the target of every `service_url`. */
export function servicesUrl(ep: Endpoint): string {
  return `${managementBase(ep)}/services/`;
}

/** The nodes behind endpoints: binary and AMQP connections go to every member, never through a load balancer. */
export function memberNodes(eps: readonly Endpoint[]): ApimNode[] {
  const out: ApimNode[] = [];
  const seen = new Set<string>();
  for (const ep of eps) {
    for (const n of ep.type === 'node' ? [ep.node] : ep.members) {
      if (!seen.has(n.id)) {
        seen.add(n.id);
        out.push(n);
      }
    }
  }
  return out;
}

export function amqpUrl(node: ApimNode): string {
  return `tcp://${urlHost(node.host)}:${portAt('amqp', node.offset)}`;
}

export function binaryUrl(node: ApimNode): string {
  return `tcp://${urlHost(node.host)}:${portAt('binary', node.offset)}`;
}

export function binarySslUrl(node: ApimNode): string {
  return `ssl://${urlHost(node.host)}:${portAt('binarySsl', node.offset)}`;
}

export interface GatewayUrls {
  readonly serviceUrl: string;
  readonly http: string;
  readonly https: string;
  readonly ws: string;
  readonly wss: string;
  readonly websubHttp: string;
  readonly websubHttps: string;
}

/**
 * A gateway's endpoints at its offset, or a gateway cluster's on its load balancer: pass-through on
 * 80 / 443 (no port in the URL) and WebSocket on 9099 / 8099, as the documents' HA samples write them.
 */
export function gatewayUrls(ep: Endpoint): GatewayUrls {
  if (ep.type === 'cluster') {
    const h = urlHost(ep.lb.host);
    // A cluster that also serves the portals (all-in-one nodes) keeps 443 for them, so its API
    // traffic stays on the pass-through ports.
    const aio = servesPortals(ep.lb.fronts);
    return {
      serviceUrl: servicesUrl(ep),
      http: aio ? `http://${h}:${portAt('passthroughHttp', 0)}` : `http://${h}`,
      https: aio ? `https://${h}:${portAt('passthroughHttps', 0)}` : `https://${h}`,
      ws: `ws://${h}:${portAt('websocket', 0)}`,
      wss: `wss://${h}:${portAt('websocketSecure', 0)}`,
      websubHttp: `http://${h}:${portAt('websubHttp', 0)}`,
      websubHttps: `https://${h}:${portAt('websubHttps', 0)}`,
    };
  }
  const h = urlHost(ep.node.host);
  const o = ep.node.offset;
  return {
    serviceUrl: servicesUrl(ep),
    http: `http://${h}:${portAt('passthroughHttp', o)}`,
    https: `https://${h}:${portAt('passthroughHttps', o)}`,
    ws: `ws://${h}:${portAt('websocket', o)}`,
    wss: `wss://${h}:${portAt('websocketSecure', o)}`,
    websubHttp: `http://${h}:${portAt('websubHttp', o)}`,
    websubHttps: `https://${h}:${portAt('websubHttps', o)}`,
  };
}

/** A short description of an endpoint for comments: `km (km.wso2.com, offset 0)`. */
export function describeEndpoint(ep: Endpoint): string {
  if (ep.type === 'node') return `${ep.node.name} (${ep.node.host}, offset ${ep.node.offset})`;
  const members = ep.members.map((m) => m.name).join(', ');
  return `load balancer ${ep.lb.name} (${ep.lb.host}) in front of ${members}`;
}
