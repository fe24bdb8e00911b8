/**
 * Per-client rate limits, off by default; routes opt in with `config.rateLimit`. Counters live in
 * memory, so behind several replicas each replica counts on its own.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../http/errors.js';

async function rateLimitPlugin(fastify: FastifyInstance): Promise<void> {
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        context.statusCode,
        'rate-limited',
        `Too many requests: at most ${context.max} per ${context.after}; try again later`,
      ),
  });
}

export default fp(rateLimitPlugin, { name: 'rate-limit' });
