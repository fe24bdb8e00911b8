/**
 * The README's certificate steps: what a distributed setup fails without (the distributed guides'
 * "Create an SSL certificate for each of the WSO2 API-M nodes", one primary keystore everywhere, the
 * token-signing certificate on gateways under `gateway_certificate_alias`, the load balancers'
 * certificates in every truststore). From 3.1 certs/make-certs.sh makes them; 2.x keeps the manual steps.
 */
import { isLoadBalancer } from '../kinds/guards.js';
import { kindLabel, rolesOfKind } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';
import { certificateNames, sanExtension } from '../certs/names.js';
import { certificatePlan } from '../certs/plan.js';
import type { ApimNode } from '../topology.js';
import { code, md } from './markdown.js';

/** Step 2 of "Before you start": run certs/make-certs.sh, and what it makes (deployment.toml releases). */
function scriptSteps(model: TopologyModel, order: readonly ApimNode[]): string[] {
  const plan = certificatePlan(model);
  const { keystore: ks, primary, truststore: ts } = plan;
  const envs = [
    ...new Set(
      [
        ks.password,
        ks.keyPassword,
        ...(primary ? [primary.password, primary.keyPassword] : []),
        ts.password,
      ].map((p) => p.env),
    ),
  ];
  const signing = [
    ...new Set(plan.trust.filter((t) => t.source === 'signing').map((t) => t.alias)),
  ];
  return [
    '2. **Certificates.** A distributed setup fails without them (PKIX or "No name matching" errors between nodes, JWTs the',
    `   gateways reject). Run ${code('sh certs/make-certs.sh')} (openssl and the JDK's keytool; the store passwords from the`,
    `   environment: ${envs.map(code).join(', ')}). From the design it makes, into each node's folder:`,
    `   - a CA (or signs with yours: ${code('--ca-cert')} / ${code('--ca-key')});`,
    plan.sharedKeyPair
      ? `   - one key pair naming ${plan.sharedKeyPair.names.map((n) => code(n.name)).join(', ')} in every node's ${code(ks.fileName)} (alias ${code(ks.alias)}), which is also the primary keystore;`
      : `   - for each node a key pair whose certificate names every host it is reached by, in its TLS keystore ${code(ks.fileName)} (alias ${code(ks.alias)});`,
    ...(primary
      ? [
          `   - one primary keystore ${code(primary.fileName)} (alias ${code(primary.alias)}), the same file on every node: it signs tokens and`,
          '     encrypts what the other nodes must read;',
        ]
      : []),
    `   - one truststore ${code(ts.fileName)} for every node: the CA${plan.loadBalancers.length > 0 ? ", each load balancer's certificate" : ''} and the token-signing`,
    `     certificate under ${signing.map(code).join(', ')}, the alias gateways check API keys with;`,
    ...(plan.loadBalancers.length > 0
      ? ["   - each load balancer's key and certificate beside its nginx.conf;"]
      : []),
    ...(plan.encryptionKey
      ? ['   - the encryption key every node shares (certs/encryption.key, made once and kept).']
      : []),
    '',
    '     | node | role | names in its certificate (SAN) |',
    '     | --- | --- | --- |',
    ...order.map(
      (n) =>
        `     | ${md(n.name)} | ${kindLabel(n.kind)} | ${(
          plan.sharedKeyPair?.names ?? certificateNames(model, n)
        )
          .map((s) => code(s.name))
          .join(', ')} |`,
    ),
    '',
    `   ${code('certs/plan.md')} lists every file. To keep the public CAs of WSO2's own truststore, pass`,
    `   ${code('--base-truststore <API-M_HOME>/repository/resources/security/client-truststore.jks')} (its password in ${code('BASE_TRUSTSTORE_PASSWORD')}).`,
  ];
}

export function trustSteps(model: TopologyModel, order: readonly ApimNode[]): string[] {
  if (model.version.configFormat === 'deployment-toml') return scriptSteps(model, order);
  const { keystore, truststore } = model.topology.settings;
  const security = '<API-M_HOME>/repository/resources/security';
  const gateways = order.filter((n) => rolesOfKind(n.kind).includes('gateway'));
  const lbs = model.nodes.filter(isLoadBalancer);
  const first = order[0];
  // [keystore.primary] defaults to wso2carbon.jks: a TLS keystore of that name with a per-node
  // certificate would give each node another primary keystore.
  const sharesPrimary = keystore.fileName === 'wso2carbon.jks';
  const out = [
    '2. **Certificates.** A distributed setup fails without these (PKIX or "No name matching" errors between nodes, JWTs',
    '   the gateways reject). `keytool` ships with the JDK.',
    `   - **Each node's TLS keystore** (${code(`${security}/${keystore.fileName}`)}, alias ${code(keystore.alias)}, ${keystore.type}): a key pair`,
    "     whose certificate names every host the node is reached by. WSO2 requires the key password to equal the store's.",
    ...(sharesPrimary
      ? [
          '     Give it a file name of its own in the settings (e.g. `tls.jks`): `wso2carbon.jks` is also the primary keystore,',
          '     which must be the same on every node.',
        ]
      : []),
    '',
    '     | node | role | names in its certificate (SAN) |',
    '     | --- | --- | --- |',
    ...order.map(
      (n) =>
        `     | ${md(n.name)} | ${kindLabel(n.kind)} | ${certificateNames(model, n)
          .map((s) => code(s.name))
          .join(', ')} |`,
    ),
    '',
    ...(first
      ? [
          `     For example: ${code(`keytool -genkeypair -alias ${keystore.alias} -keyalg RSA -keysize 2048 -validity 825 -keystore ${keystore.fileName} -storetype ${keystore.type} -dname "CN=<host>" -ext "SAN=<names>"`)},`,
          `     with ${code('<names>')} as ${code(sanExtension(certificateNames(model, first)))} for ${md(first.name)}.`,
        ]
      : []),
    '   - **One primary keystore** (`[keystore.primary]`, by default `wso2carbon.jks`) on every node: it signs the tokens and',
    '     encrypts registry data, which the other nodes must read (the guides: "The same primary keystore should be used for all',
    '     API Manager instances").',
    ...(gateways.length > 0
      ? [
          "   - **Gateways** validate JWTs with the primary keystore's certificate: if you replace the shipped primary keystore, export",
          `     its certificate and import it into the truststore of ${gateways.map((g) => `**${md(g.name)}**`).join(', ')} under the alias`,
          `     ${code('gateway_certificate_alias')}: ${code(`keytool -exportcert -alias <primary alias> -keystore <primary keystore> -file signing.crt`)}, then`,
          `     ${code(`keytool -importcert -alias gateway_certificate_alias -file signing.crt -keystore ${truststore.fileName}`)}.`,
        ]
      : []),
    `   - **Every node's truststore** (${code(`${security}/${truststore.fileName}`)}): every node's TLS certificate (or the CA that signed them)` +
      (lbs.length > 0
        ? ` and each load balancer's (${lbs.map((l) => code(l.host)).join(', ')}; the one beside its ${code('nginx.conf')}):`
        : '.'),
    ...(lbs.length > 0
      ? ['     nodes call each other through the load balancers over HTTPS.']
      : []),
  ];
  return out;
}
