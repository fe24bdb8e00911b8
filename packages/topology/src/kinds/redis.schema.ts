/** A Redis / Valkey server the Traffic Managers share throttle counters in (`[apim.distributed_throttling]`, 4.6+). */
import { z } from 'zod';
import { LIMITS, Secret, nodeBaseShape } from '../fields.js';

/** Redis's own port (redis.conf `port 6379`). */
export const REDIS_DEFAULT_PORT = 6379;

export const RedisNode = z.strictObject({
  ...nodeBaseShape,
  kind: z.literal('redis'),
  /** Omitted: 6379. */
  port: z.number().int().min(1).max(65535).optional(),
  /** An ACL user (Redis 6+); omitted: none is written. */
  username: z.string().min(1).max(LIMITS.nameLength).optional(),
  /** Omitted: none is written (a server without `requirepass`). */
  password: Secret.optional(),
  /** Connect over TLS (`keyvalue_store.ssl`). */
  ssl: z.boolean().default(false),
});
export type RedisNode = z.infer<typeof RedisNode>;
