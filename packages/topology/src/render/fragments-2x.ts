/**
 * API-M 2.x has no deployment.toml: each node is configured in carbon.xml and api-manager.xml.
 * The bundle holds, per node and per file, the elements document 001 (and the 2.6 api-manager.xml)
 * prescribe, as fragments with the path of the element each one replaces. Every file is well-formed XML.
 */
import { nodeFolder } from '../bundle-paths.js';
import type { Endpoint } from '../generate/context.js';
import { primary } from '../generate/sections.js';
import {
  binarySslUrl,
  binaryUrl,
  gatewayUrls,
  managementBase,
  memberNodes,
  servicesUrl,
} from '../generate/urls.js';
import { isPlaceholder, urlHost } from '../fields.js';
import { KINDS } from '../kinds/registry.js';
import type { TopologyModel } from '../model.js';
import { portAt } from '../ports.js';
import type { ApimNode } from '../topology.js';
import type { BundleFile } from './index.js';
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

function keyManagerFragments(
  model: TopologyModel,
  node: ApimNode,
  km: Endpoint | undefined,
): Fragment[] {
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
  // An all-in-one Key Manager serves the revoke API on its own gateway (document 001).
  const kmNode = km.type === 'node' ? km.node : undefined;
  if (kmNode?.kind === 'all-in-one') {
    out.push({
      path: '/APIManager/OAuthConfigurations/RevokeAPIURL',
      note: 'Document 001 lists RevokeAPIURL with APIKeyValidator; in the 2.6 api-manager.xml it is under OAuthConfigurations.',
      element: text(
        'RevokeAPIURL',
        `https://${urlHost(kmNode.host)}:${portAt('passthroughHttps', kmNode.offset)}/revoke`,
      ),
    });
  }
  if (node.kind === 'gateway') {
    out.push(
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
    );
  }
  return out;
}

function throttlingFragments(eps: readonly Endpoint[], deploysPolicies: boolean): Fragment[] {
  const tms = memberNodes(eps);
  const first = primary(eps);
  const tm = tms[0];
  if (!first || !tm) return [];
  const group = (urls: string[]) =>
    urls.length === 1 ? (urls[0] ?? '') : urls.map((u) => `{${u}}`).join(',');
  const base = '/APIManager/ThrottlingConfigurations';
  const out: Fragment[] = [
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
  if (deploysPolicies) {
    out.push({
      path: `${base}/PolicyDeployer/ServiceURL`,
      element: text('ServiceURL', servicesUrl(first)),
    });
  }
  return out;
}

function apiManagerFragments(model: TopologyModel, node: ApimNode): Fragment[] {
  const reach = (role: Parameters<TopologyModel['reach']>[1]) => model.reach(node.id, role);
  const out: Fragment[] = [];
  if (node.kind === 'publisher' || node.kind === 'devportal' || node.kind === 'all-in-one')
    out.push(...environments(model, node));
  if (
    node.kind !== 'key-manager' &&
    node.kind !== 'traffic-manager' &&
    node.kind !== 'all-in-one'
  ) {
    out.push(...keyManagerFragments(model, node, primary(reach('key-manager'))));
  }
  if (node.kind !== 'traffic-manager' && node.kind !== 'all-in-one') {
    out.push(...throttlingFragments(reach('traffic-manager'), node.kind === 'publisher'));
  }
  const store = primary(reach('devportal'));
  if (node.kind === 'publisher' && store) {
    out.push({
      path: '/APIManager/APIStore/URL',
      element: text('URL', `${managementBase(store)}/store`),
    });
  }
  return out;
}

function fragmentsFile(
  model: TopologyModel,
  node: ApimNode,
  file: string,
  fragments: readonly Fragment[],
): string {
  const def = KINDS[node.kind];
  const header = [
    `apim-designer: fragments for <API-M_HOME>/${file} of ${node.name} (${def.label}), WSO2 API Manager ${model.version.version}.`,
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
