import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { isPlaceholder } from '../fields.js';
import { DATABASE_ENGINES } from '../kinds/database-engines.js';
import { isDatabase } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';

const HOW =
  'Use a placeholder instead: $env{VARIABLE} (read from the environment at start-up) or $secret{alias} ' +
  '(encrypted with bin/ciphertool.sh; the bundle adds the [secrets] entry).';

/** A plain SQL identifier: what Oracle and Db2 logins take. */
const PLAIN_USER = /^[A-Za-z][A-Za-z0-9_]{0,29}$/;

/**
 * Database users go into the README's SQL and shell lines (quoted as each language requires) and into
 * every node's configuration: a line break or control character has no safe place there, and an
 * engine whose logins take plain names only cannot use a quoted one.
 */
function unsafeDatabaseUsers(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  model.topology.nodes.forEach((node, i) => {
    if (!isDatabase(node)) return;
    const engine = DATABASE_ENGINES[node.engine];
    const where = { nodeId: node.id, path: ['nodes', i, 'username'] };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(node.username)) {
      out.push(
        diagnostic(
          'unsafe-database-user',
          `The user of database ${node.name} contains a line break or a control character, which no SQL or shell line ` +
            'in the bundle can carry. Remove it.',
          where,
        ),
      );
    } else if (
      engine.plainUserNames &&
      !PLAIN_USER.test(node.username) &&
      !isPlaceholder(node.username)
    ) {
      out.push(
        diagnostic(
          'unsafe-database-user',
          `${engine.label} logins take plain names only, and the user of database ${node.name} is not one. Use a letter ` +
            'followed by letters, digits or _ (at most 30).',
          where,
        ),
      );
    }
  });
  return out;
}

export function checkCredentials(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [...unsafeDatabaseUsers(model)];
  const { settings, nodes } = model.topology;
  const { superAdmin, keystore, truststore } = settings;
  if (superAdmin.username === 'admin' && superAdmin.password === 'admin') {
    out.push(
      diagnostic(
        'default-admin-credentials',
        `The super admin is admin / admin, written in plain text on every node. Change the password before ` +
          `production. ${HOW}`,
        { path: ['settings', 'superAdmin', 'password'] },
      ),
    );
  } else if (!isPlaceholder(superAdmin.password)) {
    out.push(
      diagnostic(
        'plaintext-password',
        `The super admin password is written in plain text on every node. ${HOW}`,
        {
          path: ['settings', 'superAdmin', 'password'],
        },
      ),
    );
  }
  nodes.forEach((node, i) => {
    if (!isDatabase(node) || isPlaceholder(node.password)) return;
    out.push(
      diagnostic(
        'plaintext-password',
        `The password of database ${node.name} is written in plain text on every node that uses it. ${HOW}`,
        { nodeId: node.id, path: ['nodes', i, 'password'] },
      ),
    );
  });
  const primary = model.topology.settings.primaryKeystore;
  const defaults = [
    keystore.password,
    keystore.keyPassword,
    truststore.password,
    primary?.password,
    primary?.keyPassword,
  ].filter((p) => p === 'wso2carbon');
  if (defaults.length > 0) {
    out.push(
      diagnostic(
        'default-keystore-password',
        model.version.configFormat === 'deployment-toml'
          ? `A keystore or the truststore uses WSO2's published default password "wso2carbon". Set the store passwords here ` +
              `(placeholders work: certs/make-certs.sh reads them from the environment) and make the stores with certs/make-certs.sh.`
          : `The keystores keep WSO2's published default password "wso2carbon" and its localhost certificate: the ${model.version.version} ` +
              'fragments leave every file that names them as shipped. The README (step 2) lists those files and the keystore to make.',
        { path: ['settings', 'keystore', 'password'] },
      ),
    );
  }
  return out;
}
