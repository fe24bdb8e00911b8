/**
 * What a design asks that WSO2's charts cannot carry: an error where the values would give a
 * broken install, a warning where a fact of the design is not applied (README.md lists both).
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.js';
import { isIpv4, isIpv6 } from '../../fields.js';
import { isDatabase } from '../../kinds/guards.js';
import { isDedicatedTo, kindLabel } from '../../kinds/meta-registry.js';
import type { TopologyModel } from '../../model.js';
import type { HelmFacts } from '../../releases/facts.js';
import { databaseUse } from '../../versions.js';
import { credentialSource } from '../credentials.js';
import { helmPlan, type ChartRelease } from './plan.js';

const TARGET = "On WSO2's Helm charts";

function unsupported(model: TopologyModel): Diagnostic {
  const { version, untargetedHelmBranch } = model.version;
  return diagnostic(
    'target-release-unsupported',
    untargetedHelmBranch
      ? `WSO2's helm-apim has a ${untargetedHelmBranch} branch for API-M ${version}, but the designer writes values for its 4.4.x to 4.7.x charts only ` +
          '(the older charts take other values). Use the vm or compose target, or API-M 4.4 or later.'
      : `WSO2 publishes no Helm chart for API-M ${version} (wso2/helm-apim has branches for 3.2 and 4.2 to 4.7). ` +
          'Use the vm or compose target, or API-M 4.4 or later.',
    { path: ['apimVersion'] },
  );
}

function where(model: TopologyModel, release: ChartRelease, field?: string) {
  const node = release.lb ?? release.nodes[0];
  const id = node?.id ?? '';
  return { nodeId: id, path: ['nodes', model.indexOf(id), ...(field ? [field] : [])] };
}

function releaseChecks(
  model: TopologyModel,
  facts: HelmFacts,
  release: ChartRelease,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = release.nodes[0];
  if (!first) return out;
  const chart = `${release.chart.name} (release ${release.name})`;
  const max = release.chart.maxNodes;
  if (max !== null && release.nodes.length > max) {
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET}, ${chart} runs at most ${max} ${kindLabel(first.kind)} node(s); ${release.lb?.name ?? first.name} has ${release.nodes.length}. ` +
          `The values run ${max}: run the others as another release, or use the vm or compose target.`,
        where(model, release),
      ),
    );
  }
  const offsets = new Set(release.nodes.map((n) => n.offset));
  if (offsets.size > 1 || (!release.chart.portOffset && release.offset !== 0)) {
    out.push(
      diagnostic(
        'target-not-expressible',
        release.chart.portOffset
          ? `${TARGET}, the nodes of ${chart} share one port offset; ${release.nodes.map((n) => `${n.name} has ${n.offset}`).join(', ')}. The values give ${release.offset}.`
          : `${TARGET}, ${chart} listens on its ports without an offset (9443, 9611, 9711, 5672): ${first.name}'s offset ${release.offset} is not applied. ` +
              'Set its offset to 0 (in Kubernetes each pod has its own ports).',
        { nodeId: first.id, path: ['nodes', model.indexOf(first.id), 'offset'] },
      ),
    );
  }
  if (
    !isDedicatedTo(first.kind, 'traffic-manager') &&
    (isIpv4(release.host) || isIpv6(release.host) || release.host.toLowerCase() === 'localhost')
  ) {
    out.push(
      diagnostic(
        'target-unreachable-host',
        `${TARGET}, ${release.lb?.name ?? first.name} is routed by its host name (an Ingress or HTTPRoute), which "${release.host}" is not. ` +
          'Give it the DNS name clients use.',
        where(model, release, 'host'),
      ),
    );
  }
  const engines = new Set(
    (['apim_db', 'shared_db'] as const)
      .filter((which) => databaseUse(which, model.rolesOf(first.kind), model.version))
      .flatMap((which) => model.databases(first.id, which).map((db) => db.engine)),
  );
  if (engines.size > 1) {
    out.push(
      diagnostic(
        'target-mixed-database-engines',
        `${TARGET}, ${chart} takes one database type and one JDBC driver for WSO2AM_DB and WSO2SHARED_DB, and ${first.name} reads them from ` +
          `${[...engines].join(' and ')}. Put both databases on one engine for this target, or use the vm or compose target.`,
        { nodeId: first.id, path: ['nodes', model.indexOf(first.id)] },
      ),
    );
  }
  const wired = model.neighbours(first.id).some(isDatabase);
  if (wired && !facts.layout.gatewayAndTrafficManagerDatabases && !databaseChart(model, release)) {
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET}, ${chart}'s values.yaml has no \`databases\` (WSO2: "TM and GW do not require database configuration"): ` +
          `${first.name}'s database connection is not written; it keeps the pack's embedded one.`,
        { nodeId: first.id, path: ['nodes', model.indexOf(first.id)] },
      ),
    );
  }
  if (first.extraConfig && Object.keys(first.extraConfig).length > 0) {
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET}, the chart writes ${first.name}'s deployment.toml from its values: the settings kept from its imported file ` +
          `(${Object.keys(first.extraConfig).join(', ')}) have no value there. README.md says how to add them.`,
        { nodeId: first.id, path: ['nodes', model.indexOf(first.id), 'extraConfig'] },
      ),
    );
  }
  for (const store of model.keyValueStores(first.id)) {
    if (store.password !== undefined && credentialSource(store.password).type !== 'literal') {
      out.push(
        diagnostic(
          'target-not-expressible',
          `${TARGET}, Redis's password is a value in ${release.valuesPath} (the charts have no Secret key for it): ${store.name}'s placeholder ` +
            `${store.password} is written as it is. Put the password there before installing, or a placeholder the pods resolve.`,
          { nodeId: store.id, path: ['nodes', model.indexOf(store.id), 'password'] },
        ),
      );
    }
    if (store.ssl && !facts.layout.keyValueStoreSsl) {
      out.push(
        diagnostic(
          'target-not-expressible',
          `${TARGET} ${facts.branch}, the values have no TLS switch for Redis: ${store.name}'s ssl = true is not applied.`,
          { nodeId: store.id, path: ['nodes', model.indexOf(store.id), 'ssl'] },
        ),
      );
    }
  }
  return out;
}

/** Charts whose values.yaml always has `databases` (control plane, Key Manager, all-in-one). */
function databaseChart(model: TopologyModel, release: ChartRelease): boolean {
  const kind = release.nodes[0]?.kind;
  return (
    kind !== undefined && databaseUse('apim_db', model.rolesOf(kind), model.version) === 'shared'
  );
}

export function helmDiagnostics(model: TopologyModel): Diagnostic[] {
  const facts = model.version.helm;
  if (!facts) return [unsupported(model)];
  const plan = helmPlan(model, facts);
  const out = plan.releases.flatMap((r) => releaseChecks(model, facts, r));
  const { settings } = model.topology;
  if (facts.layout.encryptionKey && settings.encryptionKey === undefined) {
    out.push(
      diagnostic(
        'target-value-required',
        `${TARGET} ${facts.branch}, every chart refuses to render without the shared encryption key ("Encryption key is required"). ` +
          "Set the topology's encryption key (openssl rand -hex 32, or a placeholder).",
        { path: ['settings', 'encryptionKey'] },
      ),
    );
  }
  for (const [name, store] of [
    ['keystore', settings.keystore],
    ['truststore', settings.truststore],
  ] as const) {
    if (store.type.toUpperCase() !== 'JKS') {
      out.push(
        diagnostic(
          'target-not-expressible',
          `${TARGET}, the ${name} is written with type "JKS" whatever its file (the templates hard-code it): ${store.fileName} (${store.type}) ` +
            'would be read as JKS. Convert it to JKS for this target.',
          { path: ['settings', name, 'type'] },
        ),
      );
    }
  }
  const placeholders = [
    ['superAdmin', 'password', settings.superAdmin.password, facts.layout.existingSecret],
    ['keystore', 'password', settings.keystore.password, facts.layout.distributedThrottling],
    ['keystore', 'keyPassword', settings.keystore.keyPassword, facts.layout.distributedThrottling],
    ['truststore', 'password', settings.truststore.password, facts.layout.distributedThrottling],
  ] as const;
  for (const [group, field, value, secretKey] of placeholders) {
    if (secretKey || credentialSource(value).type === 'literal') continue;
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET} ${facts.branch}, ${group}.${field} has no Secret key in the values: its placeholder ${value} is written as it is, ` +
          'and the chart gives the pods no such variable or secret. Put the value in the values files before installing.',
        { path: ['settings', group, field] },
      ),
    );
  }
  for (const db of model.nodes.filter(isDatabase)) {
    if (facts.layout.existingSecret || credentialSource(db.password).type === 'literal') continue;
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET} ${facts.branch}, database passwords are values (no existingSecret before 4.5): ${db.name}'s placeholder ${db.password} ` +
          'is written as it is. Put the password in the values files before installing.',
        { nodeId: db.id, path: ['nodes', model.indexOf(db.id), 'password'] },
      ),
    );
  }
  for (const cluster of model.gatewayClusters()) {
    const sync = model.artifactSync(cluster);
    if (sync === 'database' && !cluster.lb.hazelcast) continue;
    out.push(
      diagnostic(
        'target-not-expressible',
        `${TARGET}, the gateway chart's replicas pull their APIs with the inbuilt synchroniser and form no Hazelcast cluster: ` +
          `${cluster.lb.name}'s ${sync === 'database' ? 'Hazelcast clustering' : `${sync} artifact synchronisation`} is not applied.`,
        { nodeId: cluster.lb.id, path: ['nodes', model.indexOf(cluster.lb.id)] },
      ),
    );
  }
  return out;
}
