/**
 * The README's database steps: per database server, the SQL that creates the databases and the user
 * (WSO2's "Changing to <engine>" pages; MySQL 8 needs CREATE USER before GRANT), the shell lines that
 * run WSO2's scripts, who must reach it and where its JDBC driver goes. User text is quoted as each
 * language requires (quote.ts); names an engine cannot take quoted are refused by validation.
 */
import { urlHost } from '../fields.js';
import { DATABASE_ENGINES, type DatabaseEngineKey } from '../kinds/database-engines.js';
import { isApimNode, isDatabase } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';
import type { DatabaseNode } from '../topology.js';
import { code, md } from './markdown.js';
import {
  fenced,
  mssqlIdentifier,
  mysqlIdentifier,
  shellWord,
  sqlIdentifier,
  sqlString,
} from './quote.js';

interface Database {
  /** Its name on the server. */
  readonly name: string;
  /** WSO2AM_DB or WSO2SHARED_DB, when the name is not already that. */
  readonly what: string;
  /** WSO2's script for it, under <API-M_HOME>. */
  readonly script: string;
}

interface Setup {
  /** Statements to run as the server's administrator. */
  readonly sql: readonly string[];
  /** Shell lines that run WSO2's scripts as the user. */
  readonly shell: readonly string[];
  readonly note?: string;
}

const PASSWORD = '<password>';

const SETUP: Readonly<
  Record<DatabaseEngineKey, (db: DatabaseNode, dbs: readonly Database[]) => Setup>
> = {
  mysql: (db, dbs) => {
    const user = `${sqlString(db.username, true)}@'%'`;
    return {
      sql: [
        ...dbs.map((d) => `CREATE DATABASE IF NOT EXISTS ${mysqlIdentifier(d.name)};`),
        `CREATE USER IF NOT EXISTS ${user} IDENTIFIED BY ${sqlString(PASSWORD)};`,
        ...dbs.map((d) => `GRANT ALL PRIVILEGES ON ${mysqlIdentifier(d.name)}.* TO ${user};`),
      ],
      shell: dbs.map(
        (d) =>
          `mysql -h ${shellWord(db.host)} -P ${port(db)} -u ${shellWord(db.username)} -p ${shellWord(d.name)} < ${shellWord(d.script)}`,
      ),
    };
  },
  postgresql: (db, dbs) => ({
    sql: [
      `CREATE USER ${sqlIdentifier(db.username)} WITH PASSWORD ${sqlString(PASSWORD)};`,
      ...dbs.map(
        (d) => `CREATE DATABASE ${sqlIdentifier(d.name)} OWNER ${sqlIdentifier(db.username)};`,
      ),
    ],
    shell: dbs.map(
      (d) =>
        `psql -h ${shellWord(db.host)} -p ${port(db)} -U ${shellWord(db.username)} -d ${shellWord(d.name)} -f ${shellWord(d.script)}`,
    ),
  }),
  mssql: (db, dbs) => ({
    sql: [
      `CREATE LOGIN ${mssqlIdentifier(db.username)} WITH PASSWORD = ${sqlString(PASSWORD)};`,
      ...dbs.flatMap((d) => [
        `CREATE DATABASE ${mssqlIdentifier(d.name)};`,
        `USE ${mssqlIdentifier(d.name)};`,
        `CREATE USER ${mssqlIdentifier(db.username)} FOR LOGIN ${mssqlIdentifier(db.username)};`,
        `ALTER ROLE db_owner ADD MEMBER ${mssqlIdentifier(db.username)};`,
      ]),
    ],
    shell: dbs.map(
      (d) =>
        `sqlcmd -S ${shellWord(`${db.host},${port(db)}`)} -U ${shellWord(db.username)} -d ${shellWord(d.name)} -i ${shellWord(d.script)}`,
    ),
  }),
  // Oracle has no CREATE DATABASE per schema: WSO2's Oracle page creates a user in the service (the
  // `sid`) and runs the script as that user. Oracle logins take plain names only (validated).
  oracle: (db, dbs) => ({
    sql: [
      `CREATE USER ${db.username} IDENTIFIED BY ${sqlIdentifier(PASSWORD)};`,
      `GRANT CONNECT, CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE TRIGGER, CREATE PROCEDURE TO ${db.username};`,
    ],
    shell: dbs.map(
      (d) =>
        `sqlplus ${shellWord(`${db.username}@//${db.host}:${port(db)}/${d.name}`)} @${shellWord(d.script)}`,
    ),
    note:
      dbs.length > 1
        ? `run the statements as SYSDBA in each service (${dbs.map((d) => code(d.name)).join(', ')})`
        : `run the statements as SYSDBA in the service ${code(dbs[0]?.name ?? '')}`,
  }),
  // Db2 authenticates operating-system users: create the user on the server first (plain names only).
  db2: (db, dbs) => ({
    sql: dbs.flatMap((d) => [
      `CREATE DATABASE ${d.name};`,
      `CONNECT TO ${d.name};`,
      `GRANT DBADM ON DATABASE TO USER ${db.username};`,
    ]),
    shell: dbs.map(
      (d) =>
        `db2 connect to ${shellWord(d.name)} user ${shellWord(db.username)} && db2 -tvf ${shellWord(d.script)}`,
    ),
    note: `create the operating-system user ${code(db.username)} on the server first; run the statements with the db2 command line`,
  }),
  h2: (db, dbs) => ({
    sql: [],
    shell: dbs.map(
      (d) =>
        `java -cp h2.jar org.h2.tools.RunScript -url ${shellWord(DATABASE_ENGINES.h2.jdbcUrl(urlHost(db.host), port(db), d.name))} -user ${shellWord(db.username)} -script ${shellWord(d.script)}`,
    ),
    note: `start an H2 TCP server on ${code(`${db.host}:${port(db)}`)}; H2 creates a database on first connection`,
  }),
};

function port(db: DatabaseNode): number {
  return db.port ?? DATABASE_ENGINES[db.engine].defaultPort;
}

function databasesOn(db: DatabaseNode): Database[] {
  const script = DATABASE_ENGINES[db.engine].script;
  const out: Database[] = [];
  const label = (name: string, what: string) => (name.toUpperCase() === what ? '' : what);
  if (db.apimDbName !== null)
    out.push({
      name: db.apimDbName,
      what: label(db.apimDbName, 'WSO2AM_DB'),
      script: `<API-M_HOME>/dbscripts/apimgt/${script}`,
    });
  if (db.sharedDbName !== null)
    out.push({
      name: db.sharedDbName,
      what: label(db.sharedDbName, 'WSO2SHARED_DB'),
      script: `<API-M_HOME>/dbscripts/${script}`,
    });
  return out;
}

/**
 * The databases to create. `pods`: for nodes run by WSO2's Helm charts, whose images carry the JDBC
 * driver (the helm README says so), not for servers with an unpacked pack.
 */
export function databaseSection(
  model: TopologyModel,
  runs: 'servers' | 'pods' = 'servers',
): string[] {
  const dbs = model.nodes.filter(isDatabase);
  if (dbs.length === 0) {
    return [
      'No database node: every node uses its own embedded H2 database. That is enough for a trial of a single node only;',
      'add a database node and wire the API-M nodes to it for a distributed deployment.',
    ];
  }
  const out: string[] = [];
  for (const db of dbs) {
    const engine = DATABASE_ENGINES[db.engine];
    const databases = databasesOn(db);
    const setup = SETUP[db.engine](db, databases);
    const users = model
      .neighbours(db.id)
      .filter(isApimNode)
      .map((n) => `**${md(n.name)}**`);
    const who = users.length > 0 ? users.join(', ') : 'the nodes that use it';
    const names = databases
      .map((d) => `${code(d.name)}${d.what ? ` (${d.what})` : ''}`)
      .join(' and ');
    const driverClass = model.version.jdbc[db.engine]?.driver ?? engine.driverClass;
    out.push(
      `### ${md(db.name)}: ${engine.label} on ${code(`${db.host}:${port(db)}`)}`,
      '',
      `${databases.length === 1 ? 'Database' : 'Databases'} ${names}, user ${code(db.username)}${setup.note ? `; ${setup.note}` : ''}. ` +
        `Replace ${code(PASSWORD)} with the user's password.`,
      '',
      ...(setup.sql.length > 0 ? [...fenced('sql', setup.sql), ''] : []),
      "Then create the tables with WSO2's scripts, as that user:",
      '',
      ...fenced('sh', setup.shell),
      '',
      ...(runs === 'pods'
        ? [`- Let the user connect from the pods of ${who} (driver class ${code(driverClass)}).`]
        : [
            `- Let the user connect from the servers of ${who}.`,
            engine.driver
              ? `- Copy ${engine.driver}, class ${code(driverClass)}, into ${code('<API-M_HOME>/repository/components/lib')} on ${who}.`
              : '- API-M ships this JDBC driver.',
          ]),
      '',
    );
  }
  return out;
}
