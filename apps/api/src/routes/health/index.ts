import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.enum(['sqlite', 'postgres']),
});

const healthRoute: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/health',
    {
      schema: {
        summary: 'Liveness and store reachability',
        tags: ['ops'],
        response: { 200: Health, 503: Health },
      },
    },
    async (request, reply) => {
      const store = fastify.store.engine;
      try {
        await fastify.store.ping();
        return { status: 'ok' as const, store };
      } catch (err) {
        request.log.warn({ err }, 'store unreachable');
        return reply.code(503).send({ status: 'unavailable', store });
      }
    },
  );
};

export default healthRoute;
