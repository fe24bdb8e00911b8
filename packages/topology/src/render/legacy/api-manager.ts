/**
 * api-manager.xml of 2.x nodes: gateway environments, the Key Manager and Traffic Manager clients, as
 * document 001 and the 2.6 distributed-deployment guide set them.
 */
import { urlHost } from '../../fields.js';
import { primary } from '../../generate/clients.js';
import type { Endpoint } from '../../generate/context.js';
import {
  binarySslUrl,
  binaryUrl,
  gatewayUrls,
  managementBase,
  memberNodes,
  servicesUrl,
} from '../../generate/urls.js';
import { rolesOfKind } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import { portAt } from '../../ports.js';
import type { ApimNode } from '../../topology.js';
import { el } from '../xml.js';
import { adminCredentials, text, type Fragment } from './fragment.js';

const FILE = 'repository/conf/api-manager.xml';

export function environments(model: TopologyModel, node: ApimNode): Fragment[] {
  const envs = model.environments(node.id);
  if (envs.length === 0) return [];
  const { username, password } = adminCredentials(model);
  return [
    {
      file: FILE,
      path: '/APIManager/APIGateway/Environments',
      note: 'Replaces the default <Environment>: one per gateway environment.',
      element: el(
        'Environments',
        undefined,
        ...envs.map((env) => {
          const urls = gatewayUrls(env.endpoint);
          return el(
            'Environment',
            { type: env.type, 'api-console': String(env.displayInApiConsole) },
            text('Name', env.name),
            text('Description', env.description),
            text('ServerURL', urls.serviceUrl),
            text('Username', username),
            text('Password', password),
            // Document 001 writes the HTTP endpoint first.
            text('GatewayEndpoint', `${urls.http},${urls.https}`),
          );
        }),
      ),
    },
  ];
}

export function keyManagerClient(model: TopologyModel, km: Endpoint | undefined): Fragment[] {
  if (!km) return [];
  const { username, password } = adminCredentials(model);
  const url = servicesUrl(km);
  const at = (path: string, name: string, value: string): Fragment => ({
    file: FILE,
    path,
    element: text(name, value),
  });
  const out: Fragment[] = [
    at('/APIManager/AuthManager/ServerURL', 'ServerURL', url),
    at('/APIManager/AuthManager/Username', 'Username', username),
    at('/APIManager/AuthManager/Password', 'Password', password),
    at('/APIManager/APIKeyValidator/ServerURL', 'ServerURL', url),
    at('/APIManager/APIKeyValidator/Username', 'Username', username),
    at('/APIManager/APIKeyValidator/Password', 'Password', password),
  ];
  // A Key Manager that is a whole API-M node serves the revoke API on its own gateway (document 001).
  const kmNode = km.type === 'node' ? km.node : undefined;
  if (kmNode && rolesOfKind(kmNode.kind).includes('gateway')) {
    out.push({
      file: FILE,
      path: '/APIManager/OAuthConfigurations/RevokeAPIURL',
      note: 'Document 001 lists RevokeAPIURL with APIKeyValidator; in the 2.6 api-manager.xml it is under OAuthConfigurations.',
      element: text(
        'RevokeAPIURL',
        `https://${urlHost(kmNode.host)}:${portAt('passthroughHttps', kmNode.offset)}/revoke`,
      ),
    });
  }
  return out;
}

/** A gateway validates keys over HTTPS at the Key Manager and runs no Thrift server (document 001). */
export function keyValidatorWsClient(km: Endpoint | undefined): Fragment[] {
  if (!km) return [];
  return [
    {
      file: FILE,
      path: '/APIManager/APIKeyValidator/EnableThriftServer',
      note: 'Gateways do not run the key-validation Thrift server (document 001).',
      element: text('EnableThriftServer', 'false'),
    },
    {
      file: FILE,
      path: '/APIManager/APIKeyValidator/KeyValidatorClientType',
      note:
        'Validate keys over HTTPS at the ServerURL above. The default Thrift client connects to ThriftServerHost ' +
        "(localhost) on port 10397 plus this gateway's own offset, which is not where the Key Manager listens " +
        'unless both share host and offset.',
      element: text('KeyValidatorClientType', 'WSClient'),
    },
  ];
}

/**
 * The AMQP URL of the Traffic Managers' brokers. Several: a round-robin failover list, as the 2.6
 * guide's "HA of Traffic Manager" tab writes it (options joined by `%26`, never a raw `&`), so
 * throttling decisions still arrive when one Traffic Manager stops.
 */
export function brokerUrl(tms: readonly ApimNode[], username: string, password: string): string {
  const broker = (tm: ApimNode) => `tcp://${urlHost(tm.host)}:${portAt('amqp', tm.offset)}`;
  const base = `amqp://${username}:${password}@clientid/carbon`;
  if (tms.length === 1 && tms[0]) return `${base}?brokerlist='${broker(tms[0])}'`;
  const list = tms.map((tm) => `${broker(tm)}?retries='5'%26connectdelay='50'`).join(';');
  return `${base}?failover='roundrobin'%26cyclecount='2'%26brokerlist='${list}'`;
}

export function throttlingClient(eps: readonly Endpoint[]): Fragment[] {
  const tms = memberNodes(eps);
  if (tms.length === 0) return [];
  // `{a},{b}`: every throttle event to every Traffic Manager (the 2.6 guide's HA receiver groups).
  const group = (urls: string[]) =>
    urls.length === 1 ? (urls[0] ?? '') : urls.map((u) => `{${u}}`).join(',');
  const base = '/APIManager/ThrottlingConfigurations';
  return [
    {
      file: FILE,
      path: `${base}/TrafficManager/ReceiverUrlGroup`,
      element: text('ReceiverUrlGroup', group(tms.map(binaryUrl))),
    },
    {
      file: FILE,
      path: `${base}/TrafficManager/AuthUrlGroup`,
      element: text('AuthUrlGroup', group(tms.map(binarySslUrl))),
    },
    {
      file: FILE,
      path: `${base}/JMSConnectionDetails/JMSConnectionParameters/connectionfactory.TopicConnectionFactory`,
      ...(tms.length > 1
        ? {
            note: 'A failover list of every Traffic Manager broker (2.6 distributed-deployment guide, HA of Traffic Manager).',
          }
        : {}),
      element: text(
        'connectionfactory.TopicConnectionFactory',
        brokerUrl(tms, '${admin.username}', '${admin.password}'),
      ),
    },
  ];
}

/** Where the Publisher deploys throttling policies: the Traffic Manager's admin services. */
export function policyDeployer(eps: readonly Endpoint[]): Fragment[] {
  const first = primary(eps);
  if (!first || memberNodes(eps).length === 0) return [];
  return [
    {
      file: FILE,
      path: '/APIManager/ThrottlingConfigurations/PolicyDeployer/ServiceURL',
      element: text('ServiceURL', servicesUrl(first)),
    },
  ];
}

export function storeUrl(store: Endpoint | undefined): Fragment[] {
  if (!store) return [];
  return [
    {
      file: FILE,
      path: '/APIManager/APIStore/URL',
      element: text('URL', `${managementBase(store)}/store`),
    },
  ];
}

/**
 * The revoke API the node calls, on the gateway (its load balancer) it reaches: read by the Key
 * Manager, the Store and the Publisher, not by gateways (carbon-apimgt 6.4.50 api-manager.xml:274-279,
 * AMDefaultKeyManagerImpl.java:588-595, which also derives the token URL from it).
 */
export function revokeUrl(gateway: Endpoint | undefined): Fragment[] {
  if (!gateway) return [];
  return [
    {
      file: FILE,
      path: '/APIManager/OAuthConfigurations/RevokeAPIURL',
      note: 'The gateway proxies /revoke (and /token, derived from this URL) to the Key Manager.',
      element: text('RevokeAPIURL', `${gatewayUrls(gateway).https}/revoke`),
    },
  ];
}
