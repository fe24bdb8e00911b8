/** Deviations from WSO2's guide samples that several releases' golden tests share, with their reasons. */
import { ABSENT, type Deviation } from './compare.js';

export const H2 =
  'The sample leaves this node on its embedded H2 WSO2SHARED_DB; here it is wired to the shared database like the ' +
  'control plane, so it sees the same users and roles (the product template does the same).';
export const TM_SHARED_DB =
  "The Traffic Manager's sample names the shared database WSO2AM_SHARED_DB, unlike the control plane's and " +
  "the gateway's (WSO2SHARED_DB): every node shares one WSO2SHARED_DB.";
export const MYSQL_URL =
  'MySQL gets the explicit url and Connector/J 8 driver class of the HA sample (versions.ts jdbc); from ' +
  'hostname, port and name WSO2 would infer com.mysql.jdbc.Driver and a URL without options.';
export const OPTIONS = 'autoReconnect=true&amp;useSSL=false&amp;allowPublicKeyRetrieval=true';
export const url = (db: string) => `jdbc:mysql://db.wso2.com:3306/${db}?${OPTIONS}`;
export const mysqlLocation = (...dbs: string[]): Deviation[] =>
  dbs.flatMap((db) =>
    ['hostname', 'name', 'port'].map((f) => ({
      key: `database.${db}.${f}`,
      generated: ABSENT,
      reason: MYSQL_URL,
    })),
  );
export const LB_PLACEHOLDER =
  'The sample leaves "[api-gateway-LB-host]" for the gateway load balancer; the topology names it (gw.wso2.com).';
export const THROTTLING_FEATURES =
  'Header-, JWT-claim- and query-parameter-based throttling and the unlimited tier are feature choices, not part of ' +
  'the topology; the product defaults apply unless you add them.';

export const h2 = (node: string, user = 'root', password: string | null = 'root'): Deviation[] => [
  { key: 'database.shared_db.type', generated: 'mysql', reason: H2 },
  { key: 'database.shared_db.url', generated: url('shared_db'), reason: H2 },
  { key: 'database.shared_db.username', generated: user, reason: `${H2} (${node})` },
  // A placeholder password stands for the sample's (compare.ts): no deviation then.
  ...(password === null
    ? []
    : [{ key: 'database.shared_db.password', generated: password, reason: H2 }]),
];

/** The example's database user (and plain password) where the sample names others. */
export const users = (user: string, dbs: readonly string[], password?: string): Deviation[] => {
  const reason =
    'One database node has one user for both databases (the topology fields username, password); the ' +
    'sample gives each database its own (apimadmin, sharedadmin).';
  return dbs.flatMap((db) => [
    { key: `database.${db}.username`, generated: user, reason },
    ...(password === undefined
      ? []
      : [{ key: `database.${db}.password`, generated: password, reason }]),
  ]);
};

/**
 * Every multi-host example keeps a TLS keystore per node apart from the one primary keystore
 * (shared-tls-keystore); the guides' samples keep WSO2's wso2carbon.jks, whose certificate names only
 * localhost, and leave the certificates to a step of their own ("Create an SSL certificate for each
 * … node"). certs/make-certs.sh makes both from the design.
 */
export const TLS_KEYSTORE: Deviation = {
  key: 'keystore.tls.file_name',
  generated: 'tls.jks',
  reason:
    'A certificate per node naming its hosts (tls.jks, made by certs/make-certs.sh), apart from the primary keystore every ' +
    "node shares; the sample's wso2carbon.jks names only localhost.",
};
