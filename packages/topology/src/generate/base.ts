/**
 * The sections every API-M node starts with: server, users, databases, keystores. Values and their
 * order follow the WSO2 distributed-deployment guides (documents 002 and 004).
 */
import { isIpv4, isIpv6, urlHost } from '../fields.js';
import { DATABASE_ENGINES } from '../kinds/database-engines.js';
import type { TomlSection, TomlTable } from '../toml.js';
import type { DatabaseNode } from '../topology.js';
import { databaseUse, type DatabaseName, type VersionFacts } from '../versions.js';
import type { NodeContext } from './context.js';

/** The super admin, resolved by the config mapper from `[super_admin]`. */
export const ADMIN_REF = {
  username: '$ref{super_admin.username}',
  password: '$ref{super_admin.password}',
};
/** Resolved at runtime by API-M from the super admin (not by the config mapper). */
export const ADMIN_RUNTIME = { username: '${admin.username}', password: '${admin.password}' };

export interface ServerOptions {
  /** Behind a load balancer, pin `base_path` to the product default so redirects use the cluster host. */
  readonly pinBasePathInCluster?: boolean;
}

export function serverSection(ctx: NodeContext, opts: ServerOptions = {}): TomlSection[] {
  const { node } = ctx;
  const cluster = ctx.cluster();
  const hostname = cluster ? cluster.lb.host : node.host;
  const values: TomlTable = {
    hostname,
    node_ip: isIpv4(node.host) || isIpv6(node.host) ? node.host : '127.0.0.1',
    server_role: ctx.serverRole,
    offset: node.offset,
  };
  if (cluster && opts.pinBasePathInCluster) {
    // The 4.x HA sample pins the base path (the product default) so portal redirects use the cluster host.
    values.base_path = '${carbon.protocol}://${carbon.host}:${carbon.management.port}';
  }
  const sections: TomlSection[] = [
    {
      table: ['server'],
      comment: cluster
        ? [`Member of the cluster behind load balancer ${cluster.lb.name}: the cluster host name.`]
        : undefined,
      values,
    },
  ];
  if (cluster && !ctx.advertisesHttpProxy) {
    // The 4.x guide's control plane and Traffic Manager samples set only the HTTPS proxy port.
    sections.push({ table: ['transport', 'https', 'properties'], values: { proxyPort: 443 } });
  } else if (cluster) {
    // Behind a load balancer the node advertises the balancer's ports (documents 002 / 003).
    sections.push(
      {
        table: ['transport', 'http'],
        values: { properties: { port: 9763, proxyPort: 80 } },
      },
      {
        table: ['transport', 'https'],
        values: { properties: { port: 9443, proxyPort: 443 } },
      },
    );
  }
  return sections;
}

export function identitySections(ctx: NodeContext): TomlSection[] {
  const { superAdmin, userStoreType } = ctx.settings;
  return [
    { table: ['user_store'], values: { type: userStoreType } },
    {
      table: ['super_admin'],
      values: {
        username: superAdmin.username,
        password: superAdmin.password,
        create_admin_account: true,
      },
    },
  ];
}

/** Embedded H2 (the product's own defaults), written when a node is wired to no database. */
const EMBEDDED_H2: Record<DatabaseName, TomlTable> = {
  apim_db: {
    type: 'h2',
    url: 'jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE',
    username: 'wso2carbon',
    password: 'wso2carbon',
  },
  shared_db: {
    type: 'h2',
    url: 'jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE',
    username: 'wso2carbon',
    password: 'wso2carbon',
  },
};

/**
 * A JDBC URL as a `deployment.toml` value: WSO2 copies it into master-datasources.xml as it is
 * (carbon-apimgt master-datasources.xml.j2 `<url>{{database.apim_db.url}}</url>`; the config mapper
 * escapes nothing), so a `&` must already be `&amp;` there (docs-apim issue #726).
 */
function xmlReady(url: string): string {
  return url.replace(/&/g, '&amp;');
}

/** The JDBC URL of a database on a server, with the options the release's guide gives for its engine. */
export function jdbcUrl(db: DatabaseNode, name: string, version: VersionFacts): string {
  const engine = DATABASE_ENGINES[db.engine];
  const url = engine.jdbcUrl(urlHost(db.host), db.port ?? engine.defaultPort, name);
  const options = version.jdbc[db.engine]?.options;
  return options ? `${url}?${options}` : url;
}

export function databaseValues(
  db: DatabaseNode,
  which: DatabaseName,
  version: VersionFacts,
): TomlTable {
  const engine = DATABASE_ENGINES[db.engine];
  const name = (which === 'apim_db' ? db.apimDbName : db.sharedDbName) ?? which;
  const port = db.port ?? engine.defaultPort;
  const given = version.jdbc[db.engine];
  const credentials = { username: db.username, password: db.password };
  if (given) {
    // The guide's driver and URL options (versions.ts): WSO2's inference has neither.
    return {
      type: engine.wso2Type,
      url: xmlReady(jdbcUrl(db, name, version)),
      ...credentials,
      driver: given.driver,
    };
  }
  const location: TomlTable = engine.urlOnly
    ? { url: jdbcUrl(db, name, version) }
    : { hostname: db.host, [engine.nameKey]: name, port };
  return { type: engine.wso2Type, ...location, ...credentials };
}

export function databaseSections(ctx: NodeContext): TomlSection[] {
  // Each database the node's roles read: always when they read shared data (the embedded database
  // when the node is wired to none), only when wired to one where the template merely declares it.
  const wanted = (['apim_db', 'shared_db'] as const).filter((which) => {
    const use = databaseUse(which, ctx.roles, ctx.version);
    return use === 'shared' || (use === 'own' && ctx.database(which) !== undefined);
  });
  return wanted.map((which) => {
    const db = ctx.database(which);
    return db
      ? {
          table: ['database', which],
          comment: [
            `${which === 'apim_db' ? 'WSO2AM_DB' : 'WSO2SHARED_DB'} on ${db.name} (${db.host})`,
          ],
          values: databaseValues(db, which, ctx.version),
        }
      : {
          table: ['database', which],
          comment: [
            `Embedded H2: this node is wired to no database. Trial only; the data stays on this node.`,
          ],
          values: EMBEDDED_H2[which],
        };
  });
}

export function keystoreSections(ctx: NodeContext): TomlSection[] {
  const { keystore, truststore, primaryKeystore: primary } = ctx.settings;
  return [
    {
      table: ['keystore', 'tls'],
      values: {
        file_name: keystore.fileName,
        type: keystore.type,
        password: keystore.password,
        alias: keystore.alias,
        key_password: keystore.keyPassword,
      },
    },
    ...(primary
      ? [
          {
            table: ['keystore', 'primary'],
            comment: [
              'One primary keystore on every node: it signs tokens and encrypts shared data.',
            ],
            values: {
              file_name: primary.fileName,
              type: primary.type,
              password: primary.password,
              alias: primary.alias,
              key_password: primary.keyPassword,
            },
          },
        ]
      : []),
    {
      table: ['truststore'],
      values: {
        file_name: truststore.fileName,
        type: truststore.type,
        password: truststore.password,
      },
    },
  ];
}

/**
 * `[encryption] key` (4.7+): symmetric encryption (AES-GCM) is the default, and every node must hold
 * the same key before its first start (docs-apim 4.7.0 install-and-setup/setup/security/encryption/
 * symmetric-encryption.md). Without one, the start script appends a random key of the node's own
 * (carbon-apimgt 9.33.122 EncryptionKeyGenerator.java:101-118), which the other nodes cannot decrypt.
 */
export function encryptionSection(ctx: NodeContext): TomlSection[] {
  const key = ctx.settings.encryptionKey;
  if (!ctx.version.encryptionKey || key === undefined) return [];
  return [
    {
      table: ['encryption'],
      comment: ['The same key on every node, before its first start.'],
      values: { key },
    },
  ];
}

/** The sections every API-M node starts with: server, users, databases, keystores, encryption key. */
export function baseSections(ctx: NodeContext, opts: ServerOptions = {}): TomlSection[] {
  return [
    ...serverSection(ctx, opts),
    ...identitySections(ctx),
    ...databaseSections(ctx),
    ...keystoreSections(ctx),
    ...encryptionSection(ctx),
  ];
}
