/**
 * The only reader of the environment. Everything the server can be told lives here, parsed once
 * into a typed config; every variable is listed in the README.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '@apim-designer/topology';
import { z } from 'zod';
import { LOG_FORMATS, type LogFormat } from './log.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const PositiveInt = z.coerce.number().int().positive();
const Port = z.coerce.number().int().min(0).max(65535);
const Flag = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => v === 'true' || v === '1')
  .default(false);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  PORT: Port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  BODY_LIMIT: PositiveInt.default(1024 * 1024),
  // The core's schema allows no more than LIMITS.nodes / LIMITS.edges; the server may only lower it.
  MAX_NODES: PositiveInt.max(LIMITS.nodes).default(1000),
  MAX_EDGES: PositiveInt.max(LIMITS.edges).default(4000),
  RATE_LIMIT_MAX: PositiveInt.default(30),
  RATE_LIMIT_WINDOW_MS: PositiveInt.default(60_000),
  TRUST_PROXY: Flag,
  WEB_DIST: z.string().min(1).default(resolve(packageRoot, '../web/dist')),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Where browsers reach the designer; share links point here. No trailing slash. */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly bodyLimit: number;
  readonly maxNodes: number;
  readonly maxEdges: number;
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  /** Honour X-Forwarded-For (behind the compose file's reverse proxy). */
  readonly trustProxy: boolean;
  readonly webDist: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** `json` or `pretty`; unset: pretty on a terminal, JSON otherwise (server.ts decides). */
  readonly logFormat: LogFormat | undefined;
}

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parse the environment (or any record of strings, for tests) into a config. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set", as in a compose file's `FOO=`.
  const set = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const res = EnvSchema.safeParse(set);
  if (!res.success) {
    const lines = res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`invalid environment:\n${lines.join('\n')}`);
  }
  const env = res.data;
  const publicHost = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://${publicHost}:${env.PORT}`).replace(/\/+$/, ''),
    dataDir: resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    bodyLimit: env.BODY_LIMIT,
    maxNodes: env.MAX_NODES,
    maxEdges: env.MAX_EDGES,
    rateLimit: { max: env.RATE_LIMIT_MAX, windowMs: env.RATE_LIMIT_WINDOW_MS },
    trustProxy: env.TRUST_PROXY,
    webDist: resolve(env.WEB_DIST),
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
  };
}
