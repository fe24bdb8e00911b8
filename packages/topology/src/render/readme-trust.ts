/**
 * The README's certificate steps: what a distributed setup fails without (the distributed guides'
 * "Create an SSL certificate for each of the WSO2 API-M nodes", one primary keystore everywhere, the
 * token-signing certificate on gateways under `gateway_certificate_alias`, the load balancers'
 * certificates in every truststore). From 3.1 certs/make-certs.sh makes them; 2.x keeps the manual steps.
 */
import { isLoadBalancer } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';
import { certificateNames, sanExtension } from '../certs/names.js';
import { certificatePlan, type CertificateOptions } from '../certs/plan.js';
import type { ApimNode } from '../topology.js';
import { code, md } from './markdown.js';

/**
 * The certificate step of "Before you start": run certs/make-certs.sh, and what it makes (deployment.toml
 * releases). Its first line has no number: the vm and compose READMEs number their steps themselves.
 */
export function certificateScriptStep(
  model: TopologyModel,
  order: readonly ApimNode[],
  options: CertificateOptions = {},
): string[] {
  const plan = certificatePlan(model, options);
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
    '**Certificates.** A distributed setup fails without them (PKIX or "No name matching" errors between nodes, JWTs the',
    `   gateways reject). Run ${code('sh certs/make-certs.sh')} (openssl and the JDK's keytool; the store passwords from the`,
    `   environment: ${envs.map(code).join(', ')}). From the design it makes, into each node's folder:`,
    `   - a CA (or signs with yours: ${code('--ca-cert')} / ${code('--ca-key')});`,
    plan.sharedKeyPair
      ? `   - one key pair naming ${plan.sharedKeyPair.names.map((n) => code(n.name)).join(', ')} in every node's ${code(ks.fileName)} (alias ${code(ks.alias)})${primary ? '' : ', which is also the primary keystore'};`
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
          plan.sharedKeyPair?.names ??
          plan.nodes.find((p) => p.node.id === n.id)?.names ??
          certificateNames(model, n)
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
  if (model.version.configFormat === 'deployment-toml') {
    const [first = '', ...rest] = certificateScriptStep(model, order);
    return [`2. ${first}`, ...rest];
  }
  // 2.x: the fragments carry no keystore settings, and the pack names wso2carbon.jks in several files
  // of each node ("Configuring Keystores in WSO2 API Manager", API-M 2.6 documentation: carbon.xml,
  // catalina-server.xml, axis2.xml, broker.xml, the Jaggery apps' site.json). The path that keeps
  // them valid: one key pair naming every host in a new wso2carbon.jks, the same file on every node
  // (it is also the primary keystore, which must be the same everywhere).
  const security = '<API-M_HOME>/repository/resources/security';
  const lbs = model.nodes.filter(isLoadBalancer);
  const names = [
    ...new Map(
      order.flatMap((n) => certificateNames(model, n)).map((s) => [`${s.type}:${s.name}`, s]),
    ).values(),
  ];
  const out = [
    '2. **Certificates.** A distributed setup fails without these (PKIX or "No name matching" errors between nodes). `keytool`',
    `   ships with the JDK. In ${model.version.version} each node names the pack's ${code('wso2carbon.jks')} (alias ${code('wso2carbon')}, password ${code('wso2carbon')}) in`,
    `   ${code('repository/conf/carbon.xml')} (${code('<Security>')}: ${code('<KeyStore>')}, ${code('<RegistryKeyStore>')}, ${code('<TrustStore>')}),`,
    `   ${code('repository/conf/tomcat/catalina-server.xml')} (the HTTPS connector), ${code('repository/conf/axis2/axis2.xml')} (the gateway's`,
    `   HTTPS transport), ${code('repository/conf/broker.xml')} (AMQP and MQTT over SSL) and the Publisher's and Store's ${code('site.json')};`,
    '   these fragments leave them as shipped ("Configuring Keystores in WSO2 API Manager", API-M 2.6 documentation).',
    `   - **One key pair for every node**, in a new ${code(`${security}/wso2carbon.jks`)} with the shipped alias and passwords`,
    '     (or change them in each file above): its certificate names every host a node is reached by, and the same file goes',
    '     to every node. It is also the primary keystore, which must be the same on every node ("The same primary keystore',
    '     should be used for all API Manager instances").',
    '',
    '     | node | role | names it is reached by |',
    '     | --- | --- | --- |',
    ...order.map(
      (n) =>
        `     | ${md(n.name)} | ${kindLabel(n.kind)} | ${certificateNames(model, n)
          .map((s) => code(s.name))
          .join(', ')} |`,
    ),
    '',
    ...(names.length > 0
      ? [
          `     For example: ${code(`keytool -genkeypair -alias wso2carbon -keyalg RSA -keysize 2048 -validity 825 -keystore wso2carbon.jks -storetype JKS -storepass wso2carbon -keypass wso2carbon -dname "CN=${names[0]?.name ?? 'localhost'}" -ext "SAN=${sanExtension(names)}"`)}.`,
        ]
      : []),
    `   - **Every node's truststore** (${code(`${security}/client-truststore.jks`)}): that certificate (or the CA that signed it)` +
      (lbs.length > 0
        ? ` and each load balancer's (${lbs.map((l) => code(l.host)).join(', ')}; the one beside its ${code('nginx.conf')}):`
        : '.'),
    ...(lbs.length > 0
      ? ['     nodes call each other through the load balancers over HTTPS.']
      : []),
  ];
  return out;
}
