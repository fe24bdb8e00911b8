/**
 * One access-log line per request, when it completes (Fastify's default writes two: received and
 * completed). Method, URL, status and time only: headers (the edit token) never reach the log.
 * Measured: the second line cost about a quarter of /validate's throughput (docs/performance.md).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

async function accessLog(fastify: FastifyInstance): Promise<void> {
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        req: { method: request.method, url: request.url },
        res: { statusCode: reply.statusCode },
        responseTime: reply.elapsedTime,
      },
      'request completed',
    );
  });
}

export default fp(accessLog, { name: 'access-log' });
