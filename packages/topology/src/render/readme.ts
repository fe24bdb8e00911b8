/** The bundle's README.md: what to prepare, the start order and each node's start command. */
import type { Diagnostic } from '../diagnostics.js';
import { nodeFolder } from '../bundle-paths.js';
import { isDatabase } from '../kinds/guards.js';
import { apimMeta, kindLabel } from '../kinds/meta-registry.js';
import { oneMachineClash } from '../listeners.js';
import type { TopologyModel } from '../model.js';
import { portAt } from '../ports.js';
import type { ApimNode } from '../topology.js';
import type { ReadmeNote } from '../versions.js';
import { code, md } from './markdown.js';
import { CONFIG_PATH, configPath, startCommand } from './node-config.js';
import { clusterSection } from './readme-ha.js';
import { databaseSection } from './readme-databases.js';
import { distributionOf, profileNote, releaseSteps } from './readme-release.js';
import { secretsSection } from './readme-secrets.js';
import { trustSteps } from './readme-trust.js';

/** Nodes in the order to start them: the guide's role order, then document order. */
export function startOrder(model: TopologyModel): ApimNode[] {
  const rank = (n: ApimNode) => apimMeta(n.kind).startRank;
  return model
    .apimNodes()
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map(({ n }) => n);
}

/** The README's lines for each release-specific note (versions.ts lists a release's notes). */
const RELEASE_NOTES: Readonly<Record<ReadmeNote, (model: TopologyModel) => readonly string[]>> = {
  'devportal-server-role': () => [
    "  - The Developer Portal's `server_role` is `api-devportal`, the value the product's profiles know; the guide's",
    "    `api-store` triggers none of the role's settings.",
  ],
  'revoke-endpoint': () => [
    "  - `revoke_endpoint` is the Key Manager's `/oauth2/revoke`; the guide's `/revoke` on the management port does not exist.",
  ],
  // Only where a database is written as hostname / port / name (a MySQL URL is explicit: versions.ts jdbc).
  'database-location': (model) =>
    model.nodes.some((n) => isDatabase(n) && !model.version.jdbc[n.engine])
      ? [
          "  - Databases are given as hostname / port / name, from which WSO2 builds the JDBC URL; the guide's HA samples give a",
          '    `url` instead (written with `&amp;`, since WSO2 copies the value into an XML file as it is: keep that if you add one).',
        ]
      : [],
  'component-distributions': () => [
    '- Each node runs its component distribution (the node table says which): `wso2am-acp` for Control Plane and',
    '  Key Manager nodes, `wso2am-universal-gw` for gateways, `wso2am-tm` for Traffic Managers, `wso2am` for all-in-one',
    '  nodes. Each reads only `server_role = "default"`, which switches on its role; only the Key Manager still runs a',
    '  profile (`key-manager`, on a copy of the API Control Plane).',
  ],
  'gateway-labels': () => [
    '- Gateways deploy the APIs of the environments named in `gateway_labels`; each control plane lists every gateway',
    "  environment, and gateways and Traffic Managers subscribe to every control plane's event hub.",
  ],
};

function notes(model: TopologyModel): string[] {
  if (model.version.configFormat === 'xml-fragments') {
    return [
      '- Gateways are configured not to run the key-validation Thrift server (`EnableThriftServer` false), as document 001 prescribes,',
      '  and to validate keys over HTTPS (`KeyValidatorClientType` `WSClient`) at the Key Manager URL: the default Thrift client',
      "  would connect to `localhost` on port 10397 plus the gateway's own offset, not to the Key Manager.",
      '- Credentials: 2.x has no `$env{}` / `$secret{}` placeholders; where the designer has one, the fragments use `${admin.username}` /',
      '  `${admin.password}`, which API-M resolves from the super admin at runtime. Use Secure Vault for secrets.',
      "- Each node is started with `--optimize -Dprofile=<profile>`: `wso2server.sh` runs WSO2's profile optimizer only then",
      '  (it removes the web apps the profile does not use and switches off its unused components in `api-manager.xml`, so each',
      '  node needs its own unpacked pack). The optimizer edits XML with `xmllint`: install it first (Debian: `libxml2-utils`),',
      '  or those switches silently stay on.',
      ...(model.dedicatedNodes('traffic-manager').length > 0
        ? [
            '- On each Traffic Manager, before its first start (2.6 distributed-deployment guide, step 6.5): copy',
            '  `repository/conf/registry_TM.xml` over `registry.xml` and `repository/conf/axis2/axis2_TM.xml` over `axis2.xml`.',
          ]
        : []),
    ];
  }
  const lines = [
    ...profileNote(model, startOrder(model)),
    "- Each file replaces the node's `deployment.toml` as a whole, so it also keeps the settings of WSO2's template for that",
    '  node that do not depend on the topology (below "WSO2\'s defaults for this node": self sign-up, caches, CORS, …).',
    "- Where this bundle differs from the samples in WSO2's distributed-deployment guide, it follows the product:",
    "  - WebSocket endpoints (`ws_endpoint`, `wss_endpoint`) carry the gateway's port offset (9099 / 8099 + offset):",
    '    the inbound endpoints are deployed with `ws.use.port.offset=true`.',
    ...model.version.readmeNotes.flatMap((note) => RELEASE_NOTES[note](model)),
  ];
  if (model.version.cacheInvalidation === 'with-updates') {
    lines.push(
      '- `[apim.cache_invalidation]` (cache invalidation across nodes of one role) is read by API-M 3.2.0 **with WSO2 updates**',
      "  only; a GA 3.2.0 node ignores it silently. Switch it off in the designer's settings if you run GA.",
    );
  }
  return lines;
}

/** One row per node; from 4.5 with the distribution it runs. */
function nodeTable(model: TopologyModel, order: readonly ApimNode[]): string[] {
  const packs = model.version.componentDistributions;
  const version = model.topology.apimVersion;
  return [
    `| node | role |${packs ? ' distribution |' : ''} host | offset | HTTPS (management) | configuration |`,
    `| --- | --- |${packs ? ' --- |' : ''} --- | --- | --- | --- |`,
    ...order.map(
      (n) =>
        `| ${md(n.name)} | ${kindLabel(n.kind)} |${packs ? ` ${code(distributionOf(model, n))} |` : ''} ${code(n.host)} | ` +
        `${n.offset} | ${portAt('https', n.offset)} | ${code(configPath(n, version))} |`,
    ),
  ];
}

/** Whether `hosts` as written (every name on 127.0.0.1) runs the topology on one machine. */
function hostsAdvice(model: TopologyModel): string {
  const clash = oneMachineClash(model);
  if (!clash)
    return "   (as they are to run everything on one machine, or with each server's address).";
  return (
    `   with each server's address. Not on one machine: ${md(clash.a.name)} and ${md(clash.b.name)} would both listen on ` +
    `port ${clash.port}.`
  );
}

export function readme(model: TopologyModel, diagnostics: readonly Diagnostic[]): string {
  const t = model.topology;
  const title = t.name.trim() ? md(t.name) : 'Untitled topology';
  const order = startOrder(model);
  const out: string[] = [
    `# ${title}: WSO2 API Manager ${t.apimVersion}`,
    '',
    `Generated by apim-designer from ${code('topology.json')} (in this bundle; import it into the designer to change the topology).`,
    `${order.length} API-M node(s); each folder mirrors ${code('<API-M_HOME>')}: copy it over an unpacked API-M ${t.apimVersion} pack on that node's server.`,
    '',
    '## Before you start',
    '',
    '1. **Host names.** Every server must resolve every host name below: add the lines of `hosts` to `/etc/hosts`',
    hostsAdvice(model),
    ...trustSteps(model, order),
    `3. **Databases.** ${model.nodes.some(isDatabase) ? 'Create them, their user and their tables as [Databases](#databases) says.' : 'None: see [Databases](#databases).'}`,
    ...releaseSteps(model, order, 4),
    '',
    '## Databases',
    '',
    ...databaseSection(model),
    '## Nodes',
    '',
    ...nodeTable(model, order),
    '',
    ...clusterSection(model),
    '## Start order',
    '',
    'Start the databases and load balancers first, then each node from its `<API-M_HOME>`, in this order, waiting for each to finish starting:',
    '',
    ...order.map(
      (n, i) =>
        `${i + 1}. **${md(n.name)}** (${kindLabel(n.kind)}, on ${code(n.host)}): ${code(startCommand(model, n))}`,
    ),
    '',
    model.version.configFormat === 'xml-fragments'
      ? `API-M ${t.apimVersion} has no deployment.toml: apply each node's ${code('repository/conf/**/*.fragments.xml')} to the ` +
        `file it names (${code('carbon.xml')}, ${code('api-manager.xml')} and, on the nodes wired to a database, ` +
        `${code('datasources/master-datasources.xml')}, ${code('user-mgt.xml')} and ${code('registry.xml')}); each fragment ` +
        `names the element it replaces or adds. A Publisher's ${code('jndi.properties.fragments.properties')} lists the keys ` +
        `to set in its ${code('jndi.properties')}. The database called WSO2SHARED_DB here holds the user store ` +
        `(WSO2UM_DB) and the registry (WSO2REG_DB).`
      : `Each node reads ${code(CONFIG_PATH)} from its folder in this bundle (${order.map((n) => code(`${nodeFolder(n.name)}/`)).join(', ') || 'none'}).`,
    '',
    ...secretsSection(model, order),
    '## Notes',
    '',
    ...notes(model),
  ];
  const review = diagnostics.filter((d) => d.severity !== 'error');
  if (review.length > 0) {
    out.push(
      '',
      '## To review before production',
      '',
      ...review.map((d) => `- **${d.severity}** ${code(d.code)}: ${md(d.message)}`),
    );
  }
  return out.join('\n') + '\n';
}
