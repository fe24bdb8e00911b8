/** The README of a helm bundle: what to prepare, how to install, and what the charts cannot say. */
import type { Diagnostic } from '../../diagnostics.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import { isDatabase } from '../../kinds/guards.js';
import { isDedicatedTo, kindLabel, servesApiTraffic } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import { code, md } from '../../render/markdown.js';
import { databaseSection } from '../../render/readme-databases.js';
import { secretVariable } from '../credentials.js';
import { reviewSection } from '../readme-parts.js';
import { nodeFolder } from '../../bundle-paths.js';
import { CREDENTIALS_SECRET, KEYSTORE_SECRET } from './context.js';
import { CHART_REPOSITORY, INSTALL_SCRIPT, type HelmFiles } from './files.js';
import { instanceServices, service, type ChartRelease, type HelmPlan } from './plan.js';
import { routeHosts } from './values-charts.js';

function routed(release: ChartRelease): string[] {
  const kind = release.nodes[0]?.kind;
  if (kind === undefined || isDedicatedTo(kind, 'traffic-manager')) return [];
  const hosts = routeHosts(release);
  const gatewayRoutes = servesApiTraffic(kind);
  return [
    ...new Set([
      hosts.management,
      hosts.gateway,
      ...(gatewayRoutes ? [hosts.websocket, hosts.websub] : []),
    ]),
  ];
}

function releaseTable(plan: HelmPlan): string[] {
  return [
    '| # | release | chart | nodes | values | Services | host names |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...plan.releases.map((r, i) => {
      const first = r.nodes[0];
      const services = [...new Set([service(r), ...instanceServices(r)])];
      const hosts = routed(r);
      return (
        `| ${i + 1} | ${code(r.name)} | ${code(`wso2/${r.chart.name}`)} | ${r.nodes.map((n) => md(n.name)).join(', ')}` +
        `${first ? ` (${kindLabel(first.kind)})` : ''} | ${code(r.valuesPath)} | ${services.map(code).join(', ')} | ` +
        `${hosts.length > 0 ? hosts.map(code).join(', ') : 'none (reached inside the cluster)'} |`
      );
    }),
  ];
}

/** What every release of these charts leaves out, whatever the design (helm-apim at the facts' tag). */
function chartLimits(model: TopologyModel, plan: HelmPlan): string[] {
  const { layout, branch } = plan.facts;
  return [
    "- **The charts write each node's deployment.toml themselves** from their own template and these values; the designer's files for",
    "  the same design (the vm target) hold more: the shipped defaults of each profile, cache-invalidation domains, the Key Manager's",
    "  revocation notifier, CORS and every setting without a value in the chart. Those follow the chart's template here.",
    "- **Services, not the design's hosts, inside the cluster.** The charts name their Services after the release",
    `  (\`<release>-<chart>-service\`, per instance \`-1-service\`, \`-2-service\`): every URL between releases uses them. The design's`,
    '  host names become the routing host names (`kubernetes.ingress` / `kubernetes.gatewayAPI`), and gateway environments list',
    '  them without ports (`https://<host>`): the charts write no port or path into an endpoint URL.',
    "- **WebSocket and WebSub** are routed by host names of their own, derived from the gateway's: `websocket.<host>`, `websub.<host>`",
    '  (and `gateway.<host>` for the API traffic of an all-in-one node, whose host serves the portals).',
    "- **Traffic Managers** listen without a port offset and, in the charts' template, under the host name `tm.wso2.com`: both are",
    `  fixed${layout.encryptionKey ? ' (4.7 reads a host name key its values.yaml does not declare)' : ''}.`,
    "- **Gateways** pull their APIs with the inbuilt synchroniser; no shared file system, rsync or Hazelcast clustering. A release's",
    '  replicas share one values file, so a per-gateway setting (such as `gateway_id`) cannot differ between them.',
    "- **Keystores** are JKS (the templates hard-code the type); JWT validation's `gateway_certificate_alias` has no value in any chart:",
    '  the signing certificate must be in the truststore of the keystore secret.',
    ...(layout.imageTag
      ? []
      : [
          `- **Images** are pulled by digest only on ${branch} (\`<registry>/<repository>@<digest>\`): the values leave the digest empty.`,
        ]),
    ...(layout.existingSecret
      ? []
      : [
          `- **Passwords** are values on ${branch} (no \`existingSecret\`): placeholders are written as they are (see the warnings below).`,
        ]),
    ...(model.nodes.some(
      (n) => 'extraConfig' in n && n.extraConfig && Object.keys(n.extraConfig).length > 0,
    )
      ? [
          layout.existingSecret
            ? '- **Settings kept from imported files** (`extraConfig`): add them as TOML text under `wso2.apim.configurations.extraConfigs`, which the chart appends to its file as it is (after its own tables: it cannot reopen one of them).'
            : `- **Settings kept from imported files** (\`extraConfig\`): ${branch} charts have no value for them.`,
        ]
      : []),
  ];
}

function steps(model: TopologyModel, plan: HelmPlan, files: HelmFiles): string[][] {
  const { facts } = plan;
  const { settings } = model.topology;
  const out: string[][] = [];
  out.push([
    `**Cluster and tools.** Kubernetes, \`kubectl\` and Helm 3; WSO2's chart repository ${code(CHART_REPOSITORY)} (${code(INSTALL_SCRIPT)} adds it).`,
    facts.layout.gatewayApi
      ? `   Routing: the ${facts.branch} charts use the Kubernetes Gateway API by default (\`kubernetes.gatewayAPI.enabled\`): install a controller such as Envoy Gateway, create a Gateway and set its name as \`kubernetes.gatewayAPI.gatewayName\` in each values file; or switch to an ingress controller with \`kubernetes.ingress.<route>.enabled\`.`
      : `   Routing: the ${facts.branch} charts create NGINX Ingresses (\`kubernetes.ingressClass: nginx\`): install the ingress-nginx controller.`,
  ]);
  const engines = [...new Set(model.nodes.filter(isDatabase).map((d) => d.engine))];
  const drivers = engines.flatMap((e) => DATABASE_ENGINES[e].driver ?? []);
  out.push([
    `**Images.** Each values file names WSO2's image on Docker Hub (${[...new Set(plan.releases.map((r) => code(model.version.containers?.images[r.distribution] ?? '')))].join(', ')}), which holds no JDBC driver:`,
    `   build one per image with ${drivers.length > 0 ? drivers.join(' and ') : "your database's JDBC driver"} in ${code('repository/components/lib')} of the server home (WSO2's chart guides do),`,
    `   push it, and set ${code('wso2.deployment.image.registry')}, ${code('repository')} and ${facts.layout.imageTag ? code('tag') : `${code('digest')} (${facts.branch} charts pull by digest only; ${INSTALL_SCRIPT} stops while it is empty)`}.`,
  ]);
  out.push([
    "**Databases.** The charts run no database: create them where the pods reach them, as below (the values' JDBC URLs name the design's hosts).",
  ]);
  const primary =
    settings.primaryKeystore && settings.primaryKeystore.fileName !== settings.keystore.fileName
      ? settings.primaryKeystore
      : undefined;
  const stores = [
    settings.keystore.fileName,
    ...(primary ? [primary.fileName] : []),
    settings.truststore.fileName,
  ];
  const first = model.apimNodes()[0];
  const security = first ? `${nodeFolder(first.name)}/repository/resources/security` : '.';
  out.push([
    `**Keystores.** Every chart mounts ${stores.map(code).join(', ')} from the secret ${code(KEYSTORE_SECRET)} ("the pods will not start if this secret does not exist").`,
    `   Run ${code('sh certs/make-certs.sh')} (openssl and the JDK's keytool; ${code('certs/plan.md')} lists the passwords it reads from the environment):`,
    '   it makes one TLS key pair naming every Service the pods call each other by and every host name of the design, the',
    `   truststore${primary ? ' and the primary keystore that signs tokens' : ''}, into each node's folder (the same files in each). Then:`,
    `   ${code(`kubectl create secret generic ${KEYSTORE_SECRET} ${stores.map((f) => `--from-file=${security}/${f}`).join(' ')} --namespace apim`)}.`,
  ]);
  const keys = [...files.secretKeys.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (keys.length > 0) {
    out.push([
      `**Credentials.** The design gives these as placeholders: ${INSTALL_SCRIPT} puts them into the secret ${code(CREDENTIALS_SECRET)}, which the values name`,
      `   (\`existingSecret\`), from these environment variables: ${keys
        .map(
          ([key, source]) =>
            `${code(source.type === 'secret' ? secretVariable(source.alias) : source.type === 'env' ? source.name : '')} (${key})`,
        )
        .join(', ')}.`,
    ]);
  }
  const hosts = [...new Set(plan.releases.flatMap(routed))];
  if (hosts.length > 0) {
    out.push([
      `**DNS.** Point these host names at the cluster's Gateway or ingress: ${hosts.map(code).join(', ')}.`,
    ]);
  }
  return out;
}

export function helmReadme(
  model: TopologyModel,
  plan: HelmPlan,
  files: HelmFiles,
  diagnostics: readonly Diagnostic[],
): string {
  const t = model.topology;
  const { facts } = plan;
  const title = t.name.trim() ? md(t.name) : 'Untitled topology';
  const warnings = diagnostics.filter((d) => d.code === 'target-not-expressible');
  const out = [
    `# ${title}: WSO2 API Manager ${t.apimVersion} on Kubernetes with WSO2's Helm charts`,
    '',
    `Generated by apim-designer from ${code('topology.json')} (in this bundle; import it into the designer to change the topology).`,
    `WSO2's charts (wso2/helm-apim ${facts.branch}, version ${facts.chartVersion}: tag ${code(facts.tag)}, commit ${code(facts.commit.slice(0, 12))}) write each`,
    "node's deployment.toml themselves from values: this bundle holds one values file per chart release, with what the design decides",
    `(databases, Key Manager, Traffic Manager and event hub Services, gateway environments and labels, instances, keystores), and ${code(INSTALL_SCRIPT)}.`,
    'Each values file sets only keys its chart\'s values.yaml has; what the charts cannot say is listed under "Not expressible".',
    'No cluster was run to make these files.',
    '',
    '## Chart releases',
    '',
    ...releaseTable(plan),
    '',
    '## Before you install',
    '',
    ...steps(model, plan, files).flatMap((lines, i) => [
      `${i + 1}. ${lines[0] ?? ''}`,
      ...lines.slice(1),
    ]),
    '',
    '## Databases',
    '',
    ...databaseSection(model, 'pods'),
    '## Install',
    '',
    '```sh',
    `NAMESPACE=apim sh ${INSTALL_SCRIPT}`,
    '```',
    '',
    `It installs the releases in the order of the table above (WSO2's chart guides: all-in-one, API Control Plane, Key Manager,`,
    'Traffic Manager, gateways), each with `--wait` until its pods are ready.',
    '',
    '## Not expressible',
    '',
    ...chartLimits(model, plan),
    ...(warnings.length > 0
      ? ['', 'In this design:', '', ...warnings.map((d) => `- ${md(d.message)}`)]
      : []),
    ...reviewSection(diagnostics.filter((d) => d.code !== 'target-not-expressible')),
  ];
  return out.join('\n') + '\n';
}
