/**
 * Preloaded into the API server (`node --import`) for the share rows only: every response carries
 * `Server-Timing: app;dur=<ms>`, Fastify's `reply.elapsedTime` at onSend, i.e. from the request's
 * arrival at Fastify through body parsing, schema validation, the handler (store included) and
 * serialisation, without the network. It hooks in through Fastify's `fastify.initialization`
 * diagnostics channel, so the server's code is not touched.
 */
import { subscribe } from 'node:diagnostics_channel';

interface Reply {
  readonly elapsedTime: number;
  header(name: string, value: string): unknown;
}

interface FastifyLike {
  addHook(
    name: 'onSend',
    hook: (request: unknown, reply: Reply, payload: unknown) => Promise<unknown>,
  ): unknown;
}

function isFastify(value: unknown): value is FastifyLike {
  return typeof value === 'object' && value !== null && 'addHook' in value;
}

subscribe('fastify.initialization', (message) => {
  const fastify =
    typeof message === 'object' && message !== null && 'fastify' in message
      ? message.fastify
      : undefined;
  if (!isFastify(fastify)) return;
  fastify.addHook('onSend', async (_request, reply, payload) => {
    reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(3)}`);
    return payload;
  });
});
