/** The one port a database or a key-value store listens on, and what it is, for port checks and labels. */
import type { Node } from '../topology.js';
import { DATABASE_ENGINES } from './database-engines.js';
import { isDatabase, isKeyValueStore } from './guards.js';
import { REDIS_DEFAULT_PORT } from './redis.schema.js';

export interface ServerListener {
  readonly port: number;
  /** e.g. `MySQL server`, `Redis server`. */
  readonly what: string;
  /** The protocol, for edge labels: `JDBC`, `RESP`. */
  readonly protocol: string;
}

/** What a server node that is no API-M node and no load balancer listens on; undefined for the others. */
export function serverListener(node: Node): ServerListener | undefined {
  if (isDatabase(node)) {
    const engine = DATABASE_ENGINES[node.engine];
    return {
      port: node.port ?? engine.defaultPort,
      what: `${engine.label} server`,
      protocol: 'JDBC',
    };
  }
  if (isKeyValueStore(node)) {
    return { port: node.port ?? REDIS_DEFAULT_PORT, what: 'Redis server', protocol: 'RESP' };
  }
  return undefined;
}
