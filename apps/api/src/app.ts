/**
 * The application as a plugin: everything but listening. server.ts listens; tests build it with
 * `buildApp` and call `app.inject()`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from './env.js';
import type { LogDestination } from './log.js';
import accessLog from './plugins/app/access-log.js';
import errors, { frameworkError } from './plugins/app/errors.js';
import jsonBody from './plugins/app/json-body.js';
import imports, { IMPORT_WORKER_URL, type ImportsOptions } from './plugins/app/imports.js';
import shares from './plugins/app/shares.js';
import zod from './plugins/app/zod.js';
import helmet from './plugins/external/helmet.js';
import rateLimit from './plugins/external/rate-limit.js';
import swagger from './plugins/external/swagger.js';
import webStatic from './plugins/external/web-static.js';
import bundleRoute from './routes/bundle/index.js';
import docsRoute from './routes/docs/index.js';
import healthRoute from './routes/health/index.js';
import importRoute from './routes/import/index.js';
import type { ImportLimits } from './routes/import/schemas.js';
import renderRoute from './routes/render/index.js';
import topologiesRoute from './routes/topologies/index.js';
import validateRoute from './routes/validate/index.js';
import verifyRoute from './routes/verify/index.js';
import { openStore } from './store/open-store.js';
import type { TopologyStore } from './store/topology-store.js';

export interface AppOptions {
  readonly config: Config;
  /** Defaults to the store the config names (PostgreSQL or SQLite). */
  readonly openStore?: () => Promise<TopologyStore>;
  /** Where log lines go (server.ts: stdout, as JSON or human lines); default pino's stdout. */
  readonly logDestination?: LogDestination;
  /** The import workers (tests lower the time limit). */
  readonly importWorkers?: Partial<ImportsOptions>;
}

export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  const { config } = opts;
  const spa = existsSync(join(config.webDist, 'index.html'));
  const limits = { maxNodes: config.maxNodes, maxEdges: config.maxEdges };
  const importLimits = importLimitsOf(config);

  await fastify.register(accessLog);
  await fastify.register(zod);
  await fastify.register(jsonBody);
  await fastify.register(errors, { bodyLimit: config.bodyLimit, spaFallback: spa });
  await fastify.register(helmet);
  await fastify.register(rateLimit);
  await fastify.register(swagger);
  await fastify.register(shares, { openStore: opts.openStore ?? (() => openStore(config)) });
  await fastify.register(imports, { ...IMPORT_WORKERS, ...opts.importWorkers });
  if (spa) await fastify.register(webStatic, { root: config.webDist });

  await fastify.register(docsRoute);
  await fastify.register(
    async (api) => {
      await api.register(healthRoute);
      await api.register(validateRoute, { limits });
      await api.register(renderRoute, { limits });
      await api.register(bundleRoute, { limits });
      await api.register(importRoute, { limits, importLimits });
      await api.register(verifyRoute, { limits, importLimits });
      await api.register(topologiesRoute, {
        limits,
        publicUrl: config.publicUrl,
        rateLimit: config.rateLimit,
      });
    },
    { prefix: '/api/v1' },
  );
}

/**
 * What one import may read: a file per node and per load balancer plus a bundle's few extra files,
 * and a zip that unpacks to at most 8 × BODY_LIMIT (a bundle's TOML compresses about that well).
 */
export function importLimitsOf(config: Config): ImportLimits {
  return { maxFiles: 2 * config.maxNodes + 16, maxUnzippedBytes: 8 * config.bodyLimit };
}

/**
 * Imports run in worker threads (plugins/app/imports.ts): one per spare core, at most two; 10 s
 * and a 256 MB heap per import; 8 waiting at most. An import within the caps takes well under a
 * second (2,016 files: ~0.5 s), so the limits only ever stop a hostile one.
 */
export const IMPORT_WORKERS: ImportsOptions = {
  workerUrl: IMPORT_WORKER_URL,
  size: Math.min(2, Math.max(1, availableParallelism() - 1)),
  timeoutMs: 10_000,
  maxQueue: 8,
  memoryMb: 256,
};

/** Fastify server options that follow from the config. */
export function serverOptions(config: Config, log?: LogDestination): FastifyServerOptions {
  return {
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Request logs carry method and URL, never headers: the edit token (Authorization) stays out.
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, ...(log ? { stream: log } : {}) },
    // One line per request, written by plugins/app/access-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
    // A URL Fastify cannot route (`/%ff`) gets the API's error body, not Fastify's own.
    frameworkErrors: (err, _request, reply: FastifyReply) => {
      const error = frameworkError(err);
      void reply.code(error.statusCode).type('application/json').send(error.toBody());
    },
  };
}

/** A ready-to-use instance (not listening). */
export async function buildApp(
  opts: AppOptions,
  overrides: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({ ...serverOptions(opts.config, opts.logDestination), ...overrides });
  // fp: the app's decorators (store, shares) and handlers belong to the root instance.
  await fastify.register(fp(app, { name: 'apim-designer' }), opts);
  await fastify.ready();
  return fastify;
}
