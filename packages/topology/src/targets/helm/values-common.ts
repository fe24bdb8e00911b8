/**
 * Values every chart takes: the image, the super admin, the user store, the keystores, the port
 * offset, the encryption key (4.7), the databases and the Redis of distributed throttling (4.6+).
 * Paths and types are those of each chart's values.yaml (test/fixtures/helm/ holds their inventory).
 */
import { jdbcUrl, xmlReady } from '../../generate/base.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import { REDIS_DEFAULT_PORT } from '../../kinds/redis.schema.js';
import type { DatabaseName } from '../../releases/facts.js';
import { databaseUse } from '../../versions.js';
import type { YamlMap } from '../../yaml.js';
import { credential, CREDENTIALS_SECRET, KEYSTORE_SECRET, type ValuesContext } from './context.js';
import { chartOffset } from './plan.js';

/** WSO2's image of the release's distribution; 4.4 charts pull by digest only (set it: README.md). */
export function imageValues(ctx: ValuesContext): YamlMap {
  const image = ctx.model.version.containers?.images[ctx.release.distribution] ?? '';
  const [repository = image, tag = ''] = image.split(':');
  return {
    wso2: {
      deployment: {
        image: ctx.layout.imageTag
          ? { registry: 'docker.io', repository, tag }
          : { registry: 'docker.io', repository, digest: '' },
      },
    },
  };
}

/** The super admin, the user store, the keystores and, on charts that move ports, the offset. */
export function serverValues(ctx: ValuesContext): YamlMap {
  const { settings } = ctx.model.topology;
  const { keystore, truststore } = settings;
  const secret = ctx.layout.existingSecret;
  const admin = credential(ctx, settings.superAdmin.password, 'admin-password', secret);
  // Keystore passwords from a Secret: jksExistingSecret, 4.6+ (it arrived with distributed throttling).
  const jks = ctx.layout.distributedThrottling;
  const storePassword = credential(ctx, keystore.password, 'keystore-password', jks);
  const keyPassword = credential(ctx, keystore.keyPassword, 'keystore-key-password', jks);
  const trustPassword = credential(ctx, truststore.password, 'truststore-password', jks);
  // A primary keystore of its own (settings.primaryKeystore): token signing and encryption.
  const primary =
    settings.primaryKeystore && settings.primaryKeystore.fileName !== keystore.fileName
      ? settings.primaryKeystore
      : undefined;
  const primaryPassword = primary
    ? credential(ctx, primary.password, 'primary-keystore-password', jks)
    : undefined;
  const primaryKeyPassword = primary
    ? credential(ctx, primary.keyPassword, 'primary-keystore-key-password', jks)
    : undefined;
  const jksKeys: YamlMap = {
    ...(primaryPassword && 'secretKey' in primaryPassword
      ? { primaryKeystorePasswordKey: primaryPassword.secretKey }
      : {}),
    ...(primaryKeyPassword && 'secretKey' in primaryKeyPassword
      ? { primaryKeystoreKeyPasswordKey: primaryKeyPassword.secretKey }
      : {}),
    ...('secretKey' in storePassword ? { tlsKeystorePasswordKey: storePassword.secretKey } : {}),
    ...('secretKey' in keyPassword ? { tlsKeystoreKeyPasswordKey: keyPassword.secretKey } : {}),
    ...('secretKey' in trustPassword ? { truststorePasswordKey: trustPassword.secretKey } : {}),
  };
  const encryptionKey = settings.encryptionKey;
  const encryption =
    ctx.layout.encryptionKey && encryptionKey !== undefined
      ? credential(ctx, encryptionKey, 'encryption-key', true)
      : undefined;
  const existingSecret: YamlMap = {
    ...('secretKey' in admin ? { adminPasswordKey: admin.secretKey } : {}),
    ...(encryption && 'secretKey' in encryption ? { encryptionKeyKey: encryption.secretKey } : {}),
  };
  return {
    wso2: {
      apim: {
        ...(ctx.release.chart.portOffset ? { portOffset: chartOffset(ctx.release) } : {}),
        configurations: {
          adminUsername: settings.superAdmin.username,
          ...('plain' in admin ? { adminPassword: admin.plain } : {}),
          ...(Object.keys(existingSecret).length > 0
            ? { existingSecret: { secretName: CREDENTIALS_SECRET, ...existingSecret } }
            : {}),
          ...(encryption && 'plain' in encryption ? { encryption: { key: encryption.plain } } : {}),
          userStore: { type: settings.userStoreType },
          security: {
            jksSecretName: KEYSTORE_SECRET,
            ...(Object.keys(jksKeys).length > 0
              ? { jksExistingSecret: { secretName: CREDENTIALS_SECRET, ...jksKeys } }
              : {}),
            keystores: {
              ...(primary
                ? {
                    primary: {
                      enabled: true,
                      name: primary.fileName,
                      alias: primary.alias,
                      ...(primaryPassword && 'plain' in primaryPassword
                        ? { password: primaryPassword.plain }
                        : {}),
                      ...(primaryKeyPassword && 'plain' in primaryKeyPassword
                        ? { keyPassword: primaryKeyPassword.plain }
                        : {}),
                    },
                  }
                : {}),
              tls: {
                enabled: true,
                name: keystore.fileName,
                alias: keystore.alias,
                ...('plain' in storePassword ? { password: storePassword.plain } : {}),
                ...('plain' in keyPassword ? { keyPassword: keyPassword.plain } : {}),
              },
            },
            truststore: {
              name: truststore.fileName,
              ...('plain' in trustPassword ? { password: trustPassword.plain } : {}),
            },
          },
        },
      },
    },
  };
}

const SECRET_KEY: Readonly<Record<DatabaseName, { key: string; value: string }>> = {
  apim_db: { key: 'apim-db-password', value: 'apimDBPasswordKey' },
  shared_db: { key: 'shared-db-password', value: 'sharedDBPasswordKey' },
};

/**
 * `databases`: what the release's roles read, from the database each is wired to. One `type` and one
 * driver serve both databases (a release on two engines is refused: target-mixed-database-engines).
 */
export function databaseValues(ctx: ValuesContext): YamlMap {
  const { model, node } = ctx;
  const roles = model.rolesOf(node.kind);
  const out: Record<string, YamlMap> = {};
  const existing: Record<string, string> = {};
  let engine: keyof typeof DATABASE_ENGINES | undefined;
  for (const which of ['apim_db', 'shared_db'] as const) {
    const use = databaseUse(which, roles, model.version);
    const db = model.databases(node.id, which)[0];
    if (!use || !db) continue;
    engine ??= db.engine;
    const name = (which === 'apim_db' ? db.apimDbName : db.sharedDbName) ?? which;
    const given = model.version.jdbc[db.engine];
    const plainUrl = DATABASE_ENGINES[db.engine].jdbcUrl(
      db.host,
      db.port ?? DATABASE_ENGINES[db.engine].defaultPort,
      name,
    );
    const password = credential(ctx, db.password, SECRET_KEY[which].key, ctx.layout.existingSecret);
    if ('secretKey' in password) existing[SECRET_KEY[which].value] = password.secretKey;
    out[which] = {
      // The chart writes the URL into the TOML as it is, and WSO2 copies it into XML (generate/base.ts).
      url: given ? xmlReady(jdbcUrl(db, name, model.version)) : plainUrl,
      username: db.username,
      ...('plain' in password ? { password: password.plain } : {}),
    };
  }
  if (!engine) return {};
  const driver = model.version.jdbc[engine]?.driver ?? DATABASE_ENGINES[engine].driverClass;
  return {
    wso2: {
      apim: {
        configurations: {
          ...(Object.keys(existing).length > 0
            ? { existingSecret: { secretName: CREDENTIALS_SECRET, ...existing } }
            : {}),
          databases: { type: DATABASE_ENGINES[engine].wso2Type, jdbc: { driver }, ...out },
        },
      },
    },
  };
}

/** `distributedThrottling` (4.6+) from the Redis the node is wired to; `ssl` only where the chart has it. */
export function redisValues(ctx: ValuesContext, withSsl: boolean): YamlMap {
  if (!ctx.layout.distributedThrottling) return {};
  const store = ctx.model.keyValueStores(ctx.node.id)[0];
  if (!store) return {};
  return {
    wso2: {
      apim: {
        configurations: {
          distributedThrottling: {
            enable: true,
            keyvalueStore: {
              host: store.host,
              port: store.port ?? REDIS_DEFAULT_PORT,
              ...(store.username !== undefined ? { user: store.username } : {}),
              ...(store.password !== undefined ? { password: store.password } : {}),
              ...(withSsl ? { ssl: store.ssl } : {}),
            },
          },
        },
      },
    },
  };
}
