/** The OpenAPI document, generated from the routes' zod schemas; served at /api/docs. */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';

// Binary bodies (the zip) are z.custom; they are documented through their metadata.
const zodToJsonConfig = { unrepresentable: 'any' } as const;

async function swaggerPlugin(fastify: FastifyInstance): Promise<void> {
  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'apim-designer API',
        description: 'Validate, render and bundle WSO2 API Manager topologies; share links.',
        version: '1',
      },
    },
    transform: createJsonSchemaTransform({ zodToJsonConfig }),
    transformObject: createJsonSchemaTransformObject({ zodToJsonConfig }),
  });
}

export default fp(swaggerPlugin, { name: 'swagger' });
