/**
 * The database engines WSO2 API-M supports, as plain data (the schema is in database.schema.ts).
 * Driver classes, URLs and validation queries are what WSO2's config mapper infers from `type`
 * (carbon-kernel v4.6.0 distribution/kernel/carbon-home/repository/resources/conf/infer.json,
 * "database.$1.type"; the same in every kernel up to v4.9.27). A release that needs another driver or
 * URL options says so in versions.ts (`jdbc`).
 */

export interface DatabaseEngine {
  readonly label: string;
  /** `[database.*] type` as WSO2 spells it. */
  readonly wso2Type: string;
  readonly defaultPort: number;
  /** Engines WSO2 cannot build a URL for from hostname / port / name: the generator writes `url`. */
  readonly urlOnly: boolean;
  /** The key WSO2's infer rule reads the database (or service) name from: `name`, or `sid` for Oracle. */
  readonly nameKey: 'name' | 'sid';
  /** File name of the engine's scripts under `<API-M_HOME>/dbscripts/` (shared_db) and `dbscripts/apimgt/` (apim_db). */
  readonly script: string;
  /** The JDBC driver to copy into `<API-M_HOME>/repository/components/lib`, or null when API-M ships it. */
  readonly driver: string | null;
  /**
   * Its logins take only plain identifiers (Oracle folds an unquoted name to upper case at login, so a
   * quoted lower-case user cannot log in; Db2 users are operating-system accounts).
   */
  readonly plainUserNames: boolean;
  /** The driver class WSO2 infers for the type. */
  readonly driverClass: string;
  /** The connection test WSO2 infers for the type. */
  readonly validationQuery: string;
  /** The JDBC URL WSO2 infers from hostname, port and name (h2: of a server-mode database). */
  jdbcUrl(host: string, port: number, name: string): string;
}

export const DATABASE_ENGINES = {
  mysql: {
    plainUserNames: false,
    script: 'mysql.sql',
    driver: 'MySQL Connector/J (mysql-connector-j-<version>.jar)',
    label: 'MySQL',
    wso2Type: 'mysql',
    defaultPort: 3306,
    urlOnly: false,
    nameKey: 'name',
    driverClass: 'com.mysql.jdbc.Driver',
    validationQuery: 'SELECT 1',
    jdbcUrl: (h, p, n) => `jdbc:mysql://${h}:${p}/${n}`,
  },
  postgresql: {
    plainUserNames: false,
    script: 'postgresql.sql',
    driver: 'the PostgreSQL JDBC driver (postgresql-<version>.jar)',
    label: 'PostgreSQL',
    wso2Type: 'postgre',
    defaultPort: 5432,
    urlOnly: false,
    nameKey: 'name',
    driverClass: 'org.postgresql.Driver',
    validationQuery: 'SELECT 1; COMMIT',
    jdbcUrl: (h, p, n) => `jdbc:postgresql://${h}:${p}/${n}`,
  },
  mssql: {
    plainUserNames: false,
    script: 'mssql.sql',
    driver: 'the Microsoft JDBC Driver for SQL Server (mssql-jdbc-<version>.jar)',
    label: 'Microsoft SQL Server',
    wso2Type: 'mssql',
    defaultPort: 1433,
    urlOnly: false,
    nameKey: 'name',
    driverClass: 'com.microsoft.sqlserver.jdbc.SQLServerDriver',
    validationQuery: 'SELECT 1',
    jdbcUrl: (h, p, n) =>
      `jdbc:sqlserver://${h}:${p};databaseName=${n};SendStringParametersAsUnicode=false`,
  },
  oracle: {
    plainUserNames: true,
    script: 'oracle.sql',
    driver: 'the Oracle JDBC driver (ojdbc8.jar)',
    label: 'Oracle',
    wso2Type: 'oracle',
    defaultPort: 1521,
    urlOnly: false,
    nameKey: 'sid',
    driverClass: 'oracle.jdbc.OracleDriver',
    validationQuery: 'SELECT 1 FROM DUAL',
    jdbcUrl: (h, p, n) => `jdbc:oracle:thin:@${h}:${p}/${n}`,
  },
  db2: {
    plainUserNames: true,
    script: 'db2.sql',
    driver: 'the IBM Db2 JDBC driver (db2jcc4.jar)',
    label: 'IBM Db2',
    wso2Type: 'db2',
    defaultPort: 50000,
    urlOnly: false,
    nameKey: 'name',
    driverClass: 'com.ibm.db2.jcc.DB2Driver',
    validationQuery: 'SELECT 1 FROM sysibm.sysdummy1',
    jdbcUrl: (h, p, n) => `jdbc:db2://${h}:${p}/${n}`,
  },
  h2: {
    plainUserNames: false,
    script: 'h2.sql',
    driver: null,
    label: 'H2 (server mode)',
    wso2Type: 'h2',
    defaultPort: 9092,
    urlOnly: true,
    nameKey: 'name',
    driverClass: 'org.h2.Driver',
    validationQuery: 'SELECT 1',
    jdbcUrl: (h, p, n) => `jdbc:h2:tcp://${h}:${p}/~/${n}`,
  },
} as const satisfies Record<string, DatabaseEngine>;

export type DatabaseEngineKey = keyof typeof DATABASE_ENGINES;
