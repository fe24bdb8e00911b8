import type { FastifyPluginAsync } from 'fastify';

/** The OpenAPI document (JSON). */
const docsRoute: FastifyPluginAsync = async (fastify) => {
  fastify.get('/api/docs', { schema: { hide: true } }, async () => fastify.swagger());
};

export default docsRoute;
