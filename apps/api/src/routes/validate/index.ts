import { hasErrors, summarizeDiagnostics, validate } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../http/errors.js';
import { Diagnostics, topologyBody } from '../../http/schemas.js';
import type { RouteOptions } from '../route-options.js';

const validateRoute: FastifyPluginAsyncZod<RouteOptions> = async (fastify, { limits }) => {
  fastify.post(
    '/validate',
    {
      schema: {
        summary: 'Check a topology document',
        tags: ['documents'],
        body: topologyBody(limits),
        response: {
          200: z.object({ valid: z.boolean(), diagnostics: Diagnostics }),
          400: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
        },
      },
    },
    async (request) => {
      const diagnostics = validate(request.body);
      // At most 20 of one code, then one that says how many more (the same problem on many nodes).
      return { valid: !hasErrors(diagnostics), diagnostics: summarizeDiagnostics(diagnostics) };
    },
  );
};

export default validateRoute;
