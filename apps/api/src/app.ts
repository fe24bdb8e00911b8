/**
 * The application as a plugin: everything but listening. server.ts listens; tests build it with
 * `buildApp` and call `app.inject()`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from './env.js';
import accessLog from './plugins/app/access-log.js';
import errors from './plugins/app/errors.js';
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
}

export default async function app(fastify: FastifyInstance, opts: AppOptions): Promise<void> {
  const { config } = opts;
  const spa = existsSync(join(config.webDist, 'index.html'));
  const limits = { maxNodes: config.maxNodes, maxEdges: config.maxEdges };
  const importLimits = importLimitsOf(config);

  await fastify.register(accessLog);
  await fastify.register(zod);
  await fastify.register(errors, { bodyLimit: config.bodyLimit, spaFallback: spa });
  await fastify.register(helmet);
  await fastify.register(rateLimit);
  await fastify.register(swagger);
  await fastify.register(shares, { openStore: opts.openStore ?? (() => openStore(config)) });
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

/** Fastify server options that follow from the config. */
export function serverOptions(config: Config): FastifyServerOptions {
  return {
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Request logs carry method and URL, never headers: the edit token (Authorization) stays out.
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    // One line per request, written by plugins/app/access-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
  };
}

/** A ready-to-use instance (not listening). */
export async function buildApp(
  opts: AppOptions,
  overrides: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({ ...serverOptions(opts.config), ...overrides });
  // fp: the app's decorators (store, shares) and handlers belong to the root instance.
  await fastify.register(fp(app, { name: 'apim-designer' }), opts);
  await fastify.ready();
  return fastify;
}
