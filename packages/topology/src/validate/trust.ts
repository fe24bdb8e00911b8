/**
 * Trust problems the design reveals (issue 17): a TLS certificate that cannot name every host when it
 * is also the shared primary keystore, a gateway whose token-signing certificate would be missing from
 * the truststore it reads, aliases the shared truststore would hold twice.
 */
import { CA_ALIAS, signingAlias, truststoreEntries } from '../certs/aliases.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { rolesOfKind } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';
import { textAt } from '../toml-read.js';

export function checkTrust(model: TopologyModel): Diagnostic[] {
  if (model.version.configFormat !== 'deployment-toml') return [];
  const out: Diagnostic[] = [];
  const { keystore, primaryKeystore, truststore } = model.topology.settings;
  const nodes = model.apimNodes();
  const hosts = [...new Set(nodes.map((n) => n.host.toLowerCase()))];
  const shared = !primaryKeystore || primaryKeystore.fileName === keystore.fileName;
  if (hosts.length > 1 && shared) {
    out.push(
      diagnostic(
        'shared-tls-keystore',
        `The nodes run on ${hosts.length} hosts, but their TLS keystore ${keystore.fileName} is also the primary keystore` +
          `${keystore.fileName === 'wso2carbon.jks' ? ' (WSO2\'s default, whose certificate names only localhost: "No name matching …" between nodes)' : ''}. ` +
          'Each node needs a certificate naming its own hosts, while the primary keystore (token signing, encryption) must be the ' +
          'same on every node: set a primary keystore of its own (e.g. primary.jks) and a TLS keystore file name (e.g. tls.jks), ' +
          'then run certs/make-certs.sh from the bundle.',
        { path: ['settings', 'primaryKeystore'] },
      ),
    );
  }
  for (const node of nodes) {
    if (!rolesOfKind(node.kind).includes('gateway')) continue;
    const file = node.extraConfig && textAt(node.extraConfig, ['truststore', 'file_name']);
    if (file === undefined || file === truststore.fileName) continue;
    out.push(
      diagnostic(
        'signing-certificate-missing',
        `Gateway ${node.name} reads its truststore from ${file} (its extraConfig), not ${truststore.fileName}, which ` +
          `certs/make-certs.sh fills: it would not find the token-signing certificate under "${signingAlias(node)}" and ` +
          'would reject API keys. Remove truststore.file_name from its extraConfig, or set the truststore file name.',
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id), 'extraConfig'] },
      ),
    );
  }
  const seen = new Map<string, string>();
  for (const entry of truststoreEntries(model)) {
    const first = seen.get(entry.alias);
    if (first === undefined) {
      seen.set(entry.alias, entry.what);
      continue;
    }
    out.push(
      diagnostic(
        'duplicate-certificate-alias',
        `The truststore would hold two certificates under "${entry.alias}": ${first} and ${entry.what}. ` +
          `${entry.alias === CA_ALIAS ? "That alias is the CA's: choose another api_key_alias." : 'Rename one of them.'}`,
        entry.nodeId ? { nodeId: entry.nodeId, path: ['nodes', model.indexOf(entry.nodeId)] } : {},
      ),
    );
  }
  return out;
}
