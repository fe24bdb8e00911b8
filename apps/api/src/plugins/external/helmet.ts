/**
 * Security headers on every response, with a CSP the SPA can live with. Helmet's headers do not
 * depend on the request, so they are computed once at start-up and set by one hook (the Fastify
 * wrapper rebuilt them, CSP parsing included, on every request: measured in docs/performance.md).
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React Flow positions nodes with inline style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // data: and blob: for exported images and the downloaded zip.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The designer is often reached over plain http on a LAN address; do not upgrade.
  upgradeInsecureRequests: null,
};

/** The headers helmet sets, taken from one run of its middleware on a throw-away response. */
export function securityHeaders(): Record<string, string> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  let failure: unknown;
  helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } })(
    req,
    res,
    (err?: unknown) => {
      failure = err;
    },
  );
  if (failure) throw failure;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

async function helmetPlugin(fastify: FastifyInstance): Promise<void> {
  const headers = securityHeaders();
  fastify.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}

export default fp(helmetPlugin, { name: 'helmet' });
