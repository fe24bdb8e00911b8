/** The README of a compose bundle: what to put beside compose.yaml, how to start it, what runs where. */
import { nodeFolder } from '../../bundle-paths.js';
import type { Diagnostic } from '../../diagnostics.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import { isApimNode, isDatabase, isLoadBalancer } from '../../kinds/guards.js';
import { kindLabel } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import { code, md } from '../../render/markdown.js';
import { certificatePaths } from '../../render/nginx.js';
import { startProfile } from '../../render/node-config.js';
import { certificateScriptStep } from '../../render/readme-trust.js';
import type { ApimNode } from '../../topology.js';
import { reviewSection } from '../readme-parts.js';
import { SCRIPTS_MOUNT } from './databases.js';
import { COMPOSE_FILE, CONFIG_VOLUME, dependencies, serviceImage } from './file.js';
import type { ComposeInputs } from './inputs.js';
import { composeCertificates, type ComposePlan } from './plan.js';

function steps(model: TopologyModel, plan: ComposePlan, inputs: ComposeInputs): string[][] {
  const { variables } = inputs;
  const secrets = new Map(
    model
      .apimNodes()
      .map((n) => [nodeFolder(n.name), inputs.byNode.get(n.id)?.secrets ?? []] as const)
      .filter(([, aliases]) => aliases.length > 0),
  );
  const { version } = model;
  const apim = model.apimNodes();
  const out: string[][] = [];
  out.push([
    `**Docker Compose.** Docker Engine with Compose (\`docker compose\`, or \`docker-compose\` 1.29); ${code(COMPOSE_FILE)} follows the Compose Specification.`,
  ]);
  for (const engine of [...new Set(model.nodes.filter(isDatabase).map((d) => d.engine))]) {
    const driver = DATABASE_ENGINES[engine].driver;
    const users = apim.filter((n) =>
      model.neighbours(n.id).some((m) => isDatabase(m) && m.engine === engine),
    );
    if (!driver || users.length === 0) continue;
    out.push([
      `**JDBC driver.** WSO2's images hold no ${DATABASE_ENGINES[engine].label} driver: copy ${driver} into`,
      `   ${users.map((n) => code(`${nodeFolder(n.name)}/repository/components/lib/`)).join(', ')}.`,
    ]);
  }
  const dbs = model.nodes.filter(isDatabase);
  if (dbs.length > 0) {
    const cp = version.distributions['control-plane'];
    const image = version.containers?.images['control-plane'] ?? '';
    const home = `/home/wso2carbon/${cp.pack}-${version.version}`;
    out.push([
      `**Database scripts.** Copy the ${code('dbscripts')} folder of an API-M ${version.version} pack (${code(`${cp.pack}-${version.version}`)}) into`,
      `   ${dbs.map((d) => code(`${nodeFolder(d.name)}/dbscripts/`)).join(', ')}; the database's container runs them at its first start`,
      `   (mounted at ${code(SCRIPTS_MOUNT)}). They are also in the image: ${code(`docker create --name dbscripts ${image}`)}, then`,
      `   ${code(`docker cp dbscripts:${home}/dbscripts/. ${nodeFolder(dbs[0]?.name ?? 'db')}/dbscripts/`)} and ${code('docker rm dbscripts')}.`,
    ]);
  }
  out.push([
    ...certificateScriptStep(model, apim, composeCertificates(model, plan)),
    ...plan.services
      .map((s) => s.node)
      .filter(isLoadBalancer)
      .map((lb) => {
        const { cert, key } = certificatePaths(lb);
        const folder = nodeFolder(lb.name);
        return `   - Load balancer **${md(lb.name)}**: nginx reads ${code(`${folder}/${cert}`)} and ${code(`${folder}/${key}`)} (mounted at /etc/nginx/ssl).`;
      }),
  ]);
  if (variables.length > 0) {
    out.push([
      `**Environment.** ${code(COMPOSE_FILE)} reads these variables where compose runs (the shell, or a ${code('.env')} file beside it) and refuses to start without them:`,
      `   ${variables.map(code).join(', ')}.`,
      ...(variables.some((v) => v.startsWith('WSO2_SECRET_'))
        ? [
            `   A ${code('WSO2_SECRET_<ALIAS>')} variable is the plain value of a ${code('$secret{alias}')} of the design, for a container that needs it`,
            "   (a database, Redis): the same value as the nodes' `[secrets]` entry.",
          ]
        : []),
    ]);
  }
  if (secrets.size > 0) {
    out.push([
      `**Secrets.** These files refer to ${code('$secret{…}')} values that the cipher tool must encrypt: ${[
        ...secrets.entries(),
      ]
        .map(([node, aliases]) => `${code(`${node}/`)} (${aliases.map(code).join(', ')})`)
        .join(', ')}.`,
      "   Put each value between the brackets of the file's `[secrets]` table, encrypt it with an API-M pack's cipher tool",
      `   (${code('bin/ciphertool.sh -Dconfigure')}, with the node's keystore) and copy the encrypted file back; the node then needs its keystore`,
      `   password at start: a ${code('password-tmp')} file in its folder holds it (the server reads it from its home; the folder is copied there at every start).`,
    ]);
  }
  out.push([
    `**Permissions.** The containers read the bundle's folders as other users (WSO2's images run as ${code('wso2carbon')}): ${code('chmod -R a+rX .')}`,
  ]);
  return out;
}

function serviceTable(model: TopologyModel, plan: ComposePlan): string[] {
  return [
    '| service | node | image | profile | also reached as | ports on this machine |',
    '| --- | --- | --- | --- | --- | --- |',
    ...plan.services.map((s) => {
      const node = s.node;
      const image = serviceImage(model, node);
      const profile = isApimNode(node) ? startProfile(model, node) : null;
      const ports = s.ports.map((p) =>
        p.host === p.container ? `${p.host}` : `${p.host} (→ ${p.container})`,
      );
      return `| ${code(s.name)} | ${md(node.name)} (${kindLabel(node.kind)}) | ${code(image)} | ${profile ? code(profile) : '—'} | ${s.aliases.map(code).join(', ') || '—'} | ${ports.join(', ') || '—'} |`;
    }),
  ];
}

export function composeReadme(
  model: TopologyModel,
  plan: ComposePlan,
  diagnostics: readonly Diagnostic[],
  inputs: ComposeInputs,
): string {
  const t = model.topology;
  const title = t.name.trim() ? md(t.name) : 'Untitled topology';
  const apim = plan.services.filter((s): s is typeof s & { node: ApimNode } => isApimNode(s.node));
  const moved = plan.services.filter((s) => s.ports.some((p) => p.host !== p.container));
  const numbered = steps(model, plan, inputs).flatMap((lines, i) => [
    `${i + 1}. ${lines[0] ?? ''}`,
    ...lines.slice(1),
  ]);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const dbs = plan.services.filter((s) => isDatabase(s.node)).length;
  const lbs = plan.services.filter((s) => isLoadBalancer(s.node)).length;
  const stores = plan.services.length - apim.length - dbs - lbs;
  const others = [
    ...(dbs > 0 ? [count(dbs, 'database', 'databases')] : []),
    ...(stores > 0 ? [count(stores, 'Redis', 'Redis servers')] : []),
    ...(lbs > 0 ? [count(lbs, 'load balancer (nginx)', 'load balancers (nginx)')] : []),
  ];
  const out = [
    `# ${title}: WSO2 API Manager ${t.apimVersion} on Docker Compose`,
    '',
    `Generated by apim-designer from ${code('topology.json')} (in this bundle; import it into the designer to change the topology).`,
    `${code(COMPOSE_FILE)} runs each node of the design in a container of its own: ${count(apim.length, 'API-M node', 'API-M nodes')} on WSO2's images, each`,
    `reading the ${code('deployment.toml')} in its folder (mounted at ${code(CONFIG_VOLUME)}, which the image copies over its server home at`,
    `every start)${others.length > 0 ? `, and ${others.join(', ')}` : ''}. Every host name of the design is a service name or a`,
    'network alias, so the URLs in the files resolve unchanged. For a trial or a test environment; no container was started to make this file.',
    '',
    '## Before you start',
    '',
    ...numbered,
    '',
    '## Start',
    '',
    '```sh',
    'docker compose up -d          # or: docker-compose up -d',
    'docker compose ps             # each service turns "healthy" in the start order below',
    '```',
    '',
    `The first start of a database creates its databases and runs WSO2's scripts; later starts keep them (${code('docker compose down -v')} removes them).`,
    '',
    '## Services',
    '',
    ...serviceTable(model, plan),
    '',
    '## Start order',
    '',
    'Each service starts once the services it calls, which start before it, report healthy (`depends_on: condition: service_healthy`):',
    'API-M nodes when `/services/Version` answers on their servlet port, databases when they accept connections after their scripts ran,',
    'load balancers once nginx answers.',
    '',
    ...plan.services.map((s, i) => {
      const after = dependencies(model, plan, s);
      return `${i + 1}. ${code(s.name)} (${md(s.node.name)})${after.length > 0 ? `, after ${after.map(code).join(', ')}` : ''}`;
    }),
    '',
    '## From this machine',
    '',
    "To use the design's URLs from a browser here (the portals redirect to them), map its host names to this machine in `/etc/hosts`:",
    '',
    '```',
    ...plan.services
      .flatMap((s) => [s.node.host, ...s.aliases])
      .filter((h, i, all) => all.indexOf(h) === i)
      .map((h) => `127.0.0.1\t${h}`),
    '```',
    '',
    ...(moved.length > 0
      ? [
          'Where two services listen on the same port, the one started later is published on another port of this machine (the',
          "table above: `host (→ container)`); a URL with the design's port reaches the first one from here. Inside the compose",
          'network every node keeps its own ports.',
          '',
        ]
      : []),
    '## Notes',
    '',
    `- Each node's folder is mounted read-only and copied over the server home at every start: edit its ${code('repository/conf/deployment.toml')}`,
    `  (or add files under the same tree: drivers, keystores) and ${code('docker compose restart <service>')}.`,
    '- The images, tags and profiles are those WSO2 publishes on Docker Hub (docker-apim); WSO2 documents its subscription images',
    '  (with updates) under `docker.wso2.com` / `registry.wso2.com`: replace the `image:` lines to use them.',
    ...reviewSection(diagnostics),
  ];
  return out.join('\n') + '\n';
}
