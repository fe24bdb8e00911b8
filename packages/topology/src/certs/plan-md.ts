/** certs/plan.md: what certs/make-certs.sh makes, for the operator and the designer's preview. */
import type { TopologyModel } from '../model.js';
import { code, md } from '../render/markdown.js';
import { SECURITY_DIR, type CertificatePlan } from './plan.js';

const nameList = (names: readonly { type: string; name: string }[]) =>
  names.map((n) => code(`${n.type}:${n.name}`)).join(', ');

export function certificatePlanMarkdown(model: TopologyModel, plan: CertificatePlan): string {
  const { keystore: ks, primary, truststore: ts } = plan;
  const out = [
    `# Certificate plan: ${md(model.topology.name.trim() || 'untitled topology')}`,
    '',
    `\`sh certs/make-certs.sh\` makes all of this with openssl and keytool (\`--help\` lists its options). Each node's`,
    `stores go to ${code(`<node>/${SECURITY_DIR}/`)}, so copying a node's folder over its ${code('<API-M_HOME>')} installs them.`,
    '',
    '## Key pairs',
    '',
    '| node | certificate names (SAN) | TLS keystore |',
    '| --- | --- | --- |',
    ...plan.nodes.map(
      (n) =>
        `| ${md(n.node.name)} | ${nameList(plan.sharedKeyPair?.names ?? n.names)} | ${code(`${n.folder}/${SECURITY_DIR}/${ks.fileName}`)}, alias ${code(ks.alias)} |`,
    ),
    ...plan.loadBalancers.map(
      (lb) =>
        `| ${md(lb.lb.name)} (load balancer) | ${nameList(lb.names)} | ${code(`${lb.pemPrefix}.crt`)} and ${code('.key')}, for nginx |`,
    ),
    '',
    plan.sharedKeyPair
      ? `One key pair for every node: the TLS keystore ${code(ks.fileName)} is also the primary keystore, which must be the same on every node (one host).`
      : `**Primary keystore** ${code(primary?.fileName ?? '')} (alias ${code(primary?.alias ?? '')}): one key pair, the same file on every node; it signs tokens and encrypts what the other nodes must read.`,
    '',
    `## Truststore ${code(ts.fileName)} (the same on every node)`,
    '',
    '| alias | certificate |',
    '| --- | --- |',
    ...plan.trust.map((t) => `| ${code(t.alias)} | ${md(t.what)} |`),
    '',
    '## Passwords (from the environment)',
    '',
    '| variable | setting |',
    '| --- | --- |',
    ...[
      ks.password,
      ks.keyPassword,
      ...(primary ? [primary.password, primary.keyPassword] : []),
      ts.password,
    ].map(
      (p) =>
        `| ${code(p.env)} | ${code(p.setting)}${p.literal ? ' (plain text in the settings: export the same value)' : ''} |`,
    ),
    '',
  ];
  if (plan.encryptionKey) {
    out.push(
      '## Encryption key',
      '',
      `${code('certs/encryption.key')}: 64 hexadecimal characters (\`openssl rand -hex 32\`), made once and never replaced; ` +
        (plan.encryptionKey.secret
          ? `it goes in every node's ${code(`[secrets] ${plan.encryptionKey.secret}`)} before the cipher tool runs.`
          : plan.encryptionKey.env
            ? `every node reads it from ${code(plan.encryptionKey.env)}.`
            : "set it as the topology's encryption key."),
      '',
    );
  }
  return out.join('\n');
}
