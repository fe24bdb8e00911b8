/** PostgreSQL cannot be used here: not installed, not root, or no cluster. The message says which. */
export declare class PostgresUnavailable extends Error {
  readonly name: 'PostgresUnavailable';
}

export interface ThrowawayOptions {
  /** The role and database name's prefix; a random suffix follows. */
  readonly prefix: string;
  /** Make the role a superuser (the README SQL test creates users and databases as an administrator). */
  readonly superuser?: boolean;
  /** Install Debian's `postgresql` with apt-get when missing, and create a cluster when there is none. */
  readonly install?: boolean;
}

export interface ThrowawayDatabase {
  /** `postgres://role:password@127.0.0.1:port/role` */
  readonly url: string;
  /** Drops the database and the role, and stops the cluster if it was started for this. */
  drop(): void;
}

/** A role and a database of its own on the local cluster, started when it is down. Needs root. */
export declare function throwawayDatabase(options: ThrowawayOptions): ThrowawayDatabase;
