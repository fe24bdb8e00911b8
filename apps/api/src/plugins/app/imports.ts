/** The import worker pool, decorated as `imports` and stopped with the app. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ImportPool, type ImportPoolOptions } from '../../import/import-pool.js';

declare module 'fastify' {
  interface FastifyInstance {
    imports: ImportPool;
  }
}

/**
 * The built worker: dist/import/import-worker.js, from src/ (tests) and from dist/ alike (a
 * worker thread runs JavaScript, so the API's tests build the package first: test/build-setup.ts).
 */
export const IMPORT_WORKER_URL = new URL('../../../dist/import/import-worker.js', import.meta.url);

export type ImportsOptions = Omit<ImportPoolOptions, 'onWorkerError'>;

async function importsPlugin(fastify: FastifyInstance, opts: ImportsOptions): Promise<void> {
  const pool = new ImportPool({
    ...opts,
    onWorkerError: (err) => fastify.log.error({ err }, 'import worker failed'),
  });
  fastify.decorate('imports', pool);
  fastify.addHook('onClose', async () => pool.close());
}

export default fp(importsPlugin, { name: 'imports' });
