/**
 * 4.6+: the Traffic Managers share throttle counters in Redis / Valkey (`[apim.distributed_throttling]`,
 * carbon-apimgt 9.32.147 api-manager.xml.j2:1299-1360), and gateways then send each event to one
 * Traffic Manager of a load-balanced group instead of to every one.
 */
import { urlHost } from '../fields.js';
import { REDIS_DEFAULT_PORT } from '../kinds/redis.schema.js';
import type { TomlSection, TomlTable } from '../toml.js';
import type { NodeContext } from './context.js';

/**
 * `[apim.distributed_throttling]` on a Traffic Manager or control plane wired to a key-value store,
 * as docs-apim 4.6.0 api-gateway/rate-limiting/distributed-throttling.md writes it ("Open the
 * deployment.toml file for both the control plane and traffic-manager components"): enable, type,
 * sync_interval = 1 and core_pool_size = 5; the pool sizes of its sample stay at the product's defaults
 * (DistributedThrottleConfig.java), the store's address and credentials come from the node.
 */
export function distributedThrottling(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.distributedThrottling) return [];
  const store = ctx.keyValueStore();
  if (!store) return [];
  const kv: TomlTable = {
    host: store.host,
    port: store.port ?? REDIS_DEFAULT_PORT,
  };
  if (store.username !== undefined) kv.user = store.username;
  if (store.password !== undefined) kv.password = store.password;
  if (store.ssl) kv.ssl = true;
  return [
    {
      table: ['apim', 'distributed_throttling'],
      comment: [
        `Throttle counters shared in ${store.name} (${urlHost(store.host)}:${store.port ?? REDIS_DEFAULT_PORT}); ` +
          'Redis or Valkey in replication mode, not sharded.',
      ],
      values: { enable: true, type: 'redis', sync_interval: 1, core_pool_size: 5 },
    },
    { table: ['apim', 'distributed_throttling', 'keyvalue_store'], values: kv },
  ];
}
