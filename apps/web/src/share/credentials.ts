/** Say which credential fields a share leaves out, in words and as the document path. */
import type { Topology } from '@apim-designer/topology';

const SETTINGS: Record<string, string> = {
  'superAdmin.password': 'Super admin password',
  'keystore.password': 'Keystore password',
  'keystore.keyPassword': 'Keystore key password',
  'truststore.password': 'Truststore password',
  'primaryKeystore.password': 'Primary keystore password',
  'primaryKeystore.keyPassword': 'Primary keystore key password',
  encryptionKey: 'Encryption key',
};

/** `nodes[5].extraConfig.apim.gateway.environment[0].password` */
export function formatCredentialPath(path: readonly (string | number)[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

export function describeCredential(topology: Topology, path: readonly (string | number)[]): string {
  const [head, index, field, ...rest] = path;
  if (head === 'settings') {
    const label = SETTINGS[path.slice(1).join('.')];
    if (label) return label;
  }
  if (head === 'nodes' && typeof index === 'number') {
    const node = topology.nodes[index];
    const name = node ? node.name : `node ${index + 1}`;
    if (field === 'password') return `${name}: database password`;
    if (field === 'extraConfig')
      return `${name}: ${formatCredentialPath(rest)} (kept from its imported file)`;
  }
  return formatCredentialPath(path);
}
