/**
 * Database and key-value-store containers: the official images, the design's user and databases
 * created at the first start, and WSO2's scripts run into them from <API-M_HOME>/dbscripts, which the
 * operator copies beside the compose file (the images' entrypoints run what /docker-entrypoint-initdb.d
 * holds, once, on an empty data directory: the mysql and postgres images' documentation, "Initializing
 * a fresh instance"). WSO2's own compose setups do the same with their copies of the scripts
 * (docker-apim docker-compose/apim-with-analytics/conf/mysql/scripts).
 */
import { nodeFolder } from '../../bundle-paths.js';
import { DATABASE_ENGINES, type DatabaseEngineKey } from '../../kinds/database-engines.js';
import { REDIS_DEFAULT_PORT } from '../../kinds/redis.schema.js';
import type { TopologyModel } from '../../model.js';
import type { BundleFile } from '../../render/bundle-file.js';
import { md } from '../../render/markdown.js';
import { mysqlIdentifier, sqlIdentifier, sqlString } from '../../render/quote.js';
import { oneLine } from '../../text.js';
import type { DatabaseNode, RedisNode } from '../../topology.js';
import type { YamlMap } from '../../yaml.js';
import { plainValue } from './values.js';

/** Where the database containers find WSO2's scripts (the bundle's `<db>/dbscripts`). */
export const SCRIPTS_MOUNT = '/wso2-dbscripts';

/** The Redis image of the compose target (Redis 7: ACL users, `--requirepass`). */
export const REDIS_IMAGE = 'redis:7.4';

interface EngineContainer {
  /** The image, given the release's MySQL image (WSO2's own compose setups pin one per release). */
  image(mysqlImage: string): string;
  environment(db: DatabaseNode, first: string): YamlMap;
  command(port: number): readonly string[] | null;
  /** Open-file limits, where WSO2's own compose setups set them. */
  readonly ulimits?: YamlMap;
  healthcheck(db: DatabaseNode, port: number, first: string): readonly string[];
  /** The init script: create the databases WSO2 needs and run its scripts into them. */
  initSql(db: DatabaseNode, databases: readonly { name: string; script: string }[]): string[];
}

const ROOT = 'root';

/**
 * The engines with an official image whose entrypoint runs init scripts; the others (Oracle, Db2,
 * SQL Server, H2) have no image the compose target can set up (`target-no-image`).
 */
export const ENGINE_CONTAINERS: Readonly<Partial<Record<DatabaseEngineKey, EngineContainer>>> = {
  mysql: {
    image: (mysqlImage) => mysqlImage,
    // docker-apim docker-compose/apim-with-analytics/docker-compose.yml (4.4.x-4.7.x): nofile 20000 / 40000.
    ulimits: { nofile: { soft: 20000, hard: 40000 } },
    // The image creates MYSQL_USER with MYSQL_PASSWORD before it runs the init scripts; it refuses
    // "root" there, whose password is MYSQL_ROOT_PASSWORD.
    environment: (db): YamlMap =>
      db.username === ROOT
        ? { MYSQL_ROOT_PASSWORD: plainValue(db.password) }
        : {
            MYSQL_RANDOM_ROOT_PASSWORD: 'yes',
            MYSQL_USER: db.username,
            MYSQL_PASSWORD: plainValue(db.password),
          },
    // WSO2's compose setups raise max_connections to 1000 (conf/mysql/conf/my.cnf): every node
    // holds pools on both databases.
    command: (port) => [
      '--max-connections=1000',
      ...(port === DATABASE_ENGINES.mysql.defaultPort ? [] : [`--port=${port}`]),
    ],
    // Over TCP: while the init scripts run, the image's temporary server listens on its socket only,
    // so the check passes once the databases are ready (mysqladmin ping exits 0 on "access denied").
    healthcheck: (_db, port) => [
      'CMD',
      'mysqladmin',
      'ping',
      '--host=127.0.0.1',
      `--port=${port}`,
      '--silent',
    ],
    initSql: (db, databases) => [
      ...databases.map((d) => `CREATE DATABASE IF NOT EXISTS ${mysqlIdentifier(d.name)};`),
      ...(db.username === ROOT
        ? []
        : databases.map(
            (d) =>
              `GRANT ALL PRIVILEGES ON ${mysqlIdentifier(d.name)}.* TO ${sqlString(db.username, true)}@'%';`,
          )),
      // SOURCE is the mysql client's command: the image feeds each .sql file to the client.
      ...databases.flatMap((d) => [
        `USE ${mysqlIdentifier(d.name)};`,
        `SOURCE ${SCRIPTS_MOUNT}/${d.script};`,
      ]),
    ],
  },
  postgresql: {
    image: () => 'postgres:16',
    // POSTGRES_USER is the server's superuser: the tables WSO2's scripts create belong to it.
    environment: (db, first) => ({
      POSTGRES_USER: db.username,
      POSTGRES_PASSWORD: plainValue(db.password),
      POSTGRES_DB: first,
      PGPORT: String(db.port ?? DATABASE_ENGINES.postgresql.defaultPort),
    }),
    command: (port) =>
      port === DATABASE_ENGINES.postgresql.defaultPort ? null : ['postgres', '-p', String(port)],
    healthcheck: (db, port, first) => [
      'CMD',
      'pg_isready',
      '--host=127.0.0.1',
      `--port=${port}`,
      `--username=${db.username}`,
      `--dbname=${first}`,
    ],
    // psql runs each .sql file: \connect and \i are its commands.
    initSql: (db, databases) => [
      ...databases
        .slice(1)
        .map(
          (d) => `CREATE DATABASE ${sqlIdentifier(d.name)} OWNER ${sqlIdentifier(db.username)};`,
        ),
      ...databases.flatMap((d) => [
        `\\connect ${sqlIdentifier(d.name)}`,
        `\\i ${SCRIPTS_MOUNT}/${d.script}`,
      ]),
    ],
  },
};

/** The databases a server holds, with WSO2's script for each (relative to <API-M_HOME>/dbscripts). */
export function databasesOn(db: DatabaseNode): { name: string; script: string; what: string }[] {
  const script = DATABASE_ENGINES[db.engine].script;
  return [
    ...(db.apimDbName !== null
      ? [{ name: db.apimDbName, script: `apimgt/${script}`, what: 'WSO2AM_DB' }]
      : []),
    ...(db.sharedDbName !== null ? [{ name: db.sharedDbName, script, what: 'WSO2SHARED_DB' }] : []),
  ];
}

export function databasePort(db: DatabaseNode): number {
  return db.port ?? DATABASE_ENGINES[db.engine].defaultPort;
}

/** The service of a database node (null for an engine without a container: a diagnostic says so). */
export function databaseService(model: TopologyModel, db: DatabaseNode): YamlMap | null {
  const engine = ENGINE_CONTAINERS[db.engine];
  const containers = model.version.containers;
  if (!engine || !containers) return null;
  const databases = databasesOn(db);
  const first = databases[0]?.name ?? db.username;
  const port = databasePort(db);
  const folder = nodeFolder(db.name);
  const command = engine.command(port);
  return {
    image: engine.image(containers.mysqlImage),
    environment: engine.environment(db, first),
    ...(command ? { command } : {}),
    ...(engine.ulimits ? { ulimits: engine.ulimits } : {}),
    volumes: [
      `./${folder}/initdb:/docker-entrypoint-initdb.d:ro`,
      `./${folder}/dbscripts:${SCRIPTS_MOUNT}:ro`,
    ],
    healthcheck: {
      test: engine.healthcheck(db, port, first),
      interval: '10s',
      timeout: '5s',
      retries: 30,
      start_period: '60s',
    },
  };
}

/** The files a database container mounts: its init script, and a note where WSO2's scripts go. */
export function databaseFiles(model: TopologyModel, db: DatabaseNode): BundleFile[] {
  const engine = ENGINE_CONTAINERS[db.engine];
  if (!engine) return [];
  const folder = nodeFolder(db.name);
  const databases = databasesOn(db);
  const sql = [
    `-- Run once by the ${DATABASE_ENGINES[db.engine].label} image at the first start of ${oneLine(db.name)}'s container (generated by`,
    `-- apim-designer for "${oneLine(model.topology.name)}"): the databases, and WSO2's scripts from ${SCRIPTS_MOUNT} (./dbscripts).`,
    ...engine.initSql(db, databases),
  ];
  const scripts = [
    `# WSO2's database scripts for ${md(db.name)}`,
    '',
    `Copy the \`dbscripts\` folder of an API-M ${model.topology.apimVersion} pack here, so that this folder holds`,
    ...databases.map((d) => `\`${d.script}\` (${d.what}, \`${d.name}\`)`).map((l) => `- ${l}`),
    '',
    "The database container runs them at its first start (see the bundle's README.md).",
  ];
  return [
    { path: `${folder}/initdb/01-wso2-databases.sql`, contents: sql.join('\n') + '\n' },
    { path: `${folder}/dbscripts/README.md`, contents: scripts.join('\n') + '\n' },
  ];
}

/** The Redis service: the design's port and password (an ACL user when it names one). */
export function redisService(store: RedisNode): YamlMap {
  const port = store.port ?? REDIS_DEFAULT_PORT;
  const password = store.password === undefined ? undefined : plainValue(store.password);
  const auth =
    password === undefined
      ? []
      : store.username === undefined
        ? ['--requirepass', password]
        : [
            '--user',
            store.username,
            'on',
            `>${password}`,
            '~*',
            '&*',
            '+@all',
            '--user',
            'default',
            'off',
          ];
  return {
    image: REDIS_IMAGE,
    command: ['redis-server', '--port', String(port), ...auth],
    healthcheck: {
      // A server that asks for a password answers NOAUTH: it is up all the same.
      test: ['CMD-SHELL', `redis-cli -p ${port} ping | grep -q -e PONG -e NOAUTH`],
      interval: '10s',
      timeout: '5s',
      retries: 30,
    },
  };
}
