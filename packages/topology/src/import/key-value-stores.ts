/**
 * One Redis node per key-value store the files name (`[apim.distributed_throttling.keyvalue_store]`,
 * 4.6+), wired to every node that names it.
 */
import { nodeFolder } from '../bundle-paths.js';
import { redisMeta } from '../kinds/redis.meta.js';
import { REDIS_DEFAULT_PORT } from '../kinds/redis.schema.js';
import { boolAt, intAt, tableAt, textAt } from '../toml-read.js';
import type { RawEdge } from './connections.js';
import type { Draft } from './nodes.js';
import { uniqueId } from './nodes.js';

export function findKeyValueStores(
  drafts: readonly Draft[],
  taken: Set<string>,
): { nodes: Record<string, unknown>[]; edges: RawEdge[] } {
  const stores = new Map<string, { node: Record<string, unknown>; users: string[] }>();
  for (const d of drafts) {
    const t = tableAt(d.file.data, ['apim', 'distributed_throttling', 'keyvalue_store']);
    const host = t && textAt(t, ['host'])?.trim().toLowerCase();
    if (!t || !host) continue;
    const port = intAt(t, ['port']) ?? REDIS_DEFAULT_PORT;
    const key = `${host}\u0000${port}`;
    let store = stores.get(key);
    if (!store) {
      const user = textAt(t, ['user']);
      const password = textAt(t, ['password']);
      store = {
        node: {
          id: uniqueId(taken, nodeFolder(host.split('.')[0] || redisMeta.namePrefix)),
          kind: redisMeta.kind,
          name: host.split('.')[0] || redisMeta.namePrefix,
          host,
          ...(port === REDIS_DEFAULT_PORT ? {} : { port }),
          ...(user ? { username: user } : {}),
          ...(password ? { password } : {}),
          ssl: boolAt(t, ['ssl']) ?? false,
        },
        users: [],
      };
      stores.set(key, store);
    }
    store.users.push(d.id);
  }
  const nodes = [...stores.values()].map((s) => s.node);
  const edges = [...stores.values()].flatMap((s) =>
    s.users.map((u): RawEdge => ({
      id: `${String(s.node.id)}-${u}`,
      source: String(s.node.id),
      target: u,
    })),
  );
  return { nodes, edges };
}
