/** Security headers on every response, with a CSP the SPA can live with. */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

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

async function helmetPlugin(fastify: FastifyInstance): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  });
}

export default fp(helmetPlugin, { name: 'helmet' });
