/**
 * API-M 2.x has no deployment.toml: each node is configured in carbon.xml and api-manager.xml.
 * The bundle holds, per node and per file, the elements document 001 (and the 2.6 api-manager.xml)
 * prescribe, as fragments with the path of the element each one replaces. Every file is well-formed XML.
 */
import { nodeFolder } from '../bundle-paths.js';
import { primary } from '../generate/clients.js';
import type { Endpoint } from '../generate/context.js';
import {
  binarySslUrl,
  binaryUrl,
  gatewayUrls,
  managementBase,
  memberNodes,
  servicesUrl,
} from '../generate/urls.js';
import { isPlaceholder, urlHost } from '../fields.js';
import type { LegacyFragment } from '../kinds/definition.js';
import { kindLabel, rolesOfKind } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { portAt } from '../ports.js';
import type { ApimNode } from '../topology.js';
import type { BundleFile } from './bundle-file.js';
import { commentText, el, serializeXml, type XmlElement } from './xml.js';

interface Fragment {
  readonly path: string;
  readonly element: XmlElement;
  readonly note?: string;
}

const text = (name: string, value: string): XmlElement => el(name, undefined, value);

/** 2.x resolves `${admin.*}` at runtime; WSO2 placeholders of 3.x+ ($env{}, $secret{}) do not exist there. */
function adminCredentials(model: TopologyModel): { username: string; password: string } {
  const { username, password } = model.topology.settings.superAdmin;
  return isPlaceholder(username) || isPlaceholder(password)
    ? { username: '${admin.username}', password: '${admin.password}' }
    : { username, password };
}

function carbonFragments(model: TopologyModel, node: ApimNode): Fragment[] {
  const host = model.clusterOf(node.id)?.lb.host ?? node.host;
  return [
    { path: '/Server/HostName', element: text('HostName', host) },
    { path: '/Server/MgtHostName', element: text('MgtHostName', host) },
    { path: '/Server/Ports/Offset', element: text('Offset', String(node.offset)) },
  ];
}

function environments(model: TopologyModel, node: ApimNode): Fragment[] {
  const envs = model.environments(node.id);
  if (envs.length === 0) return [];
  const { username, password } = adminCredentials(model);
  return [
    {
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

function keyManagerFragments(model: TopologyModel, km: Endpoint | undefined): Fragment[] {
  if (!km) return [];
  const { username, password } = adminCredentials(model);
  const url = servicesUrl(km);
  const out: Fragment[] = [
    { path: '/APIManager/AuthManager/ServerURL', element: text('ServerURL', url) },
    { path: '/APIManager/AuthManager/Username', element: text('Username', username) },
    { path: '/APIManager/AuthManager/Password', element: text('Password', password) },
    { path: '/APIManager/APIKeyValidator/ServerURL', element: text('ServerURL', url) },
    { path: '/APIManager/APIKeyValidator/Username', element: text('Username', username) },
    { path: '/APIManager/APIKeyValidator/Password', element: text('Password', password) },
  ];
  // A Key Manager that is a whole API-M node serves the revoke API on its own gateway (document 001).
  const kmNode = km.type === 'node' ? km.node : undefined;
  if (kmNode && rolesOfKind(kmNode.kind).includes('gateway')) {
    out.push({
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
function keyValidatorWsClient(km: Endpoint | undefined): Fragment[] {
  if (!km) return [];
  return [
    {
      path: '/APIManager/APIKeyValidator/EnableThriftServer',
      note: 'Gateways do not run the key-validation Thrift server (document 001).',
      element: text('EnableThriftServer', 'false'),
    },
    {
      path: '/APIManager/APIKeyValidator/KeyValidatorClientType',
      note:
        'Validate keys over HTTPS at the ServerURL above. The default Thrift client connects to ThriftServerHost ' +
        "(localhost) on port 10397 plus this gateway's own offset, which is not where the Key Manager listens " +
        'unless both share host and offset.',
      element: text('KeyValidatorClientType', 'WSClient'),
    },
  ];
}

function throttlingFragments(eps: readonly Endpoint[]): Fragment[] {
  const tms = memberNodes(eps);
  const tm = tms[0];
  if (!tm) return [];
  const group = (urls: string[]) =>
    urls.length === 1 ? (urls[0] ?? '') : urls.map((u) => `{${u}}`).join(',');
  const base = '/APIManager/ThrottlingConfigurations';
  return [
    {
      path: `${base}/TrafficManager/ReceiverUrlGroup`,
      element: text('ReceiverUrlGroup', group(tms.map(binaryUrl))),
    },
    {
      path: `${base}/TrafficManager/AuthUrlGroup`,
      element: text('AuthUrlGroup', group(tms.map(binarySslUrl))),
    },
    {
      path: `${base}/JMSConnectionDetails/JMSConnectionParameters/connectionfactory.TopicConnectionFactory`,
      element: text(
        'connectionfactory.TopicConnectionFactory',
        `amqp://\${admin.username}:\${admin.password}@clientid/carbon?brokerlist='tcp://${urlHost(tm.host)}:${portAt('amqp', tm.offset)}'`,
      ),
    },
  ];
}

/** Where the Publisher deploys throttling policies: the Traffic Manager's admin services. */
function policyDeployerFragments(eps: readonly Endpoint[]): Fragment[] {
  const first = primary(eps);
  if (!first || memberNodes(eps).length === 0) return [];
  return [
    {
      path: '/APIManager/ThrottlingConfigurations/PolicyDeployer/ServiceURL',
      element: text('ServiceURL', servicesUrl(first)),
    },
  ];
}

/** The fragments of each group a kind declares. */
const GROUPS: Readonly<
  Record<LegacyFragment, (model: TopologyModel, node: ApimNode) => Fragment[]>
> = {
  'gateway-environments': (model, node) => environments(model, node),
  'key-manager-client': (model, node) =>
    keyManagerFragments(model, primary(model.reach(node.id, 'key-manager'))),
  'key-validator-ws-client': (model, node) =>
    keyValidatorWsClient(primary(model.reach(node.id, 'key-manager'))),
  'throttling-client': (model, node) =>
    throttlingFragments(model.reach(node.id, 'traffic-manager')),
  'policy-deployer': (model, node) =>
    policyDeployerFragments(model.reach(node.id, 'traffic-manager')),
  'store-url': (model, node) => {
    const store = primary(model.reach(node.id, 'devportal'));
    return store
      ? [
          {
            path: '/APIManager/APIStore/URL',
            element: text('URL', `${managementBase(store)}/store`),
          },
        ]
      : [];
  },
};

function apiManagerFragments(model: TopologyModel, node: ApimNode): Fragment[] {
  return apimKind(node.kind).legacyFragments.flatMap((group) => GROUPS[group](model, node));
}

function fragmentsFile(
  model: TopologyModel,
  node: ApimNode,
  file: string,
  fragments: readonly Fragment[],
): string {
  const header = [
    `apim-designer: fragments for <API-M_HOME>/${file} of ${node.name} (${kindLabel(node.kind)}), WSO2 API Manager ${model.version.version}.`,
    `For each <fragment>, find the element at its path in ${file} and replace it with the fragment's content`,
    '(add it at that path where the file has none). Keep everything else as the product ships it.',
  ];
  const root = el(
    'fragments',
    { file, node: node.name },
    ...fragments.map((f) =>
      el('fragment', f.note ? { path: f.path, note: f.note } : { path: f.path }, f.element),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!--\n${header.map((l) => `  ${commentText(l)}`).join('\n')}\n-->\n${serializeXml(root)}\n`;
}

export const FRAGMENT_FILES = [
  'repository/conf/carbon.xml',
  'repository/conf/api-manager.xml',
] as const;

export function fragmentPath(node: ApimNode, file: (typeof FRAGMENT_FILES)[number]): string {
  return `${nodeFolder(node.name)}/${file}.fragments.xml`;
}

export function fragments2x(model: TopologyModel, node: ApimNode): BundleFile[] {
  return [
    {
      path: fragmentPath(node, 'repository/conf/carbon.xml'),
      contents: fragmentsFile(
        model,
        node,
        'repository/conf/carbon.xml',
        carbonFragments(model, node),
      ),
    },
    {
      path: fragmentPath(node, 'repository/conf/api-manager.xml'),
      contents: fragmentsFile(
        model,
        node,
        'repository/conf/api-manager.xml',
        apiManagerFragments(model, node),
      ),
    },
  ];
}
