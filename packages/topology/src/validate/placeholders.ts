/**
 * Where WSO2 placeholders are allowed (issue 14, item 7). Credential fields (user names, passwords,
 * the encryption key) may be one whole placeholder — `$env{NAME}`, `$secret{alias}`, `$sys{prop}`,
 * `$ref{key}` — and nothing else that looks like one: WSO2 expands `$…{` anywhere in a value, so
 * `x$ref{super_admin.password}` would write the admin password into a user name. Every other text the
 * bundle writes as a value (store file names and aliases, gateway labels, node ids, which name a
 * gateway) may hold no `$…{` at all. (A node's extraConfig is kept verbatim from a WSO2 file, where
 * `${carbon.home}` and `$ref{}` belong; the environment's fields are checked with the node.)
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { containsPlaceholderSyntax, isPlaceholder } from '../fields.js';
import { isApimNode, isDatabase, isKeyValueStore } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';

type Field = readonly [
  value: string | undefined,
  what: string,
  path: readonly (string | number)[],
  nodeId?: string,
];

function credentialFields(model: TopologyModel): Field[] {
  const { settings, nodes } = model.topology;
  const s = ['settings'];
  const fields: Field[] = [
    [settings.superAdmin.username, 'The super admin username', [...s, 'superAdmin', 'username']],
    [settings.superAdmin.password, 'The super admin password', [...s, 'superAdmin', 'password']],
    [settings.keystore.password, 'The keystore password', [...s, 'keystore', 'password']],
    [settings.keystore.keyPassword, 'The key password', [...s, 'keystore', 'keyPassword']],
    [settings.truststore.password, 'The truststore password', [...s, 'truststore', 'password']],
    [
      settings.primaryKeystore?.password,
      'The primary keystore password',
      [...s, 'primaryKeystore', 'password'],
    ],
    [
      settings.primaryKeystore?.keyPassword,
      'The primary key password',
      [...s, 'primaryKeystore', 'keyPassword'],
    ],
    [settings.encryptionKey, 'The encryption key', [...s, 'encryptionKey']],
  ];
  nodes.forEach((node, i) => {
    if (isDatabase(node) || isKeyValueStore(node)) {
      const what = isDatabase(node) ? `database ${node.name}` : `${node.name}`;
      fields.push(
        [node.username, `The user of ${what}`, ['nodes', i, 'username'], node.id],
        [node.password, `The password of ${what}`, ['nodes', i, 'password'], node.id],
      );
    }
  });
  return fields;
}

function textFields(model: TopologyModel): Field[] {
  const { settings, nodes } = model.topology;
  const s = ['settings'];
  const fields: Field[] = [
    [settings.keystore.fileName, 'The keystore file name', [...s, 'keystore', 'fileName']],
    [settings.keystore.alias, 'The keystore alias', [...s, 'keystore', 'alias']],
    [settings.keystore.type, 'The keystore type', [...s, 'keystore', 'type']],
    [settings.truststore.fileName, 'The truststore file name', [...s, 'truststore', 'fileName']],
    [settings.truststore.type, 'The truststore type', [...s, 'truststore', 'type']],
    [
      settings.primaryKeystore?.fileName,
      'The primary keystore file name',
      [...s, 'primaryKeystore', 'fileName'],
    ],
    [
      settings.primaryKeystore?.alias,
      'The primary keystore alias',
      [...s, 'primaryKeystore', 'alias'],
    ],
    [
      settings.primaryKeystore?.type,
      'The primary keystore type',
      [...s, 'primaryKeystore', 'type'],
    ],
  ];
  nodes.forEach((node, i) => {
    if (!isApimNode(node)) return;
    fields.push([node.id, `The id of ${node.name}`, ['nodes', i, 'id'], node.id]);
    const labels = 'gatewayLabels' in node ? (node.gatewayLabels ?? []) : [];
    labels.forEach((label, j) =>
      fields.push([
        label,
        `Gateway label ${j + 1} of ${node.name}`,
        ['nodes', i, 'gatewayLabels', j],
        node.id,
      ]),
    );
  });
  return fields;
}

const FORM =
  'Write $env{NAME}, $secret{alias}, $sys{property} or $ref{key} as the whole value (letters, digits, _ . - inside), ' +
  'or no "$…{" at all.';

export function checkPlaceholders(model: TopologyModel): Diagnostic[] {
  const at = (path: readonly (string | number)[], nodeId?: string) =>
    nodeId !== undefined ? { nodeId, path } : { path };
  const out: Diagnostic[] = [];
  for (const [value, what, path, nodeId] of credentialFields(model)) {
    if (value === undefined || isPlaceholder(value) || !containsPlaceholderSyntax(value)) continue;
    out.push(
      diagnostic(
        'malformed-placeholder',
        `${what} holds "$…{" without being one WSO2 placeholder: WSO2 would expand it where it stands (or use it ` +
          `literally when it is incomplete). ${FORM}`,
        at(path, nodeId),
      ),
    );
  }
  for (const [value, what, path, nodeId] of textFields(model)) {
    if (value === undefined || !containsPlaceholderSyntax(value)) continue;
    out.push(
      diagnostic(
        'placeholder-in-text',
        `${what} contains "$…{", which WSO2 would expand as a placeholder: it allows none. Remove the "$" or the braces.`,
        at(path, nodeId),
      ),
    );
  }
  return out;
}
