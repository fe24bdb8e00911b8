import { render, summarizeDiagnostics } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../http/errors.js';
import { BundleFile, Diagnostics, topologyBody } from '../../http/schemas.js';
import type { RouteOptions } from '../route-options.js';
import { DocumentHasErrors, documentHasErrors } from './document-has-errors.js';

const renderRoute: FastifyPluginAsyncZod<RouteOptions> = async (fastify, { limits }) => {
  fastify.post(
    '/render',
    {
      schema: {
        summary: 'Render the bundle as files',
        tags: ['documents'],
        body: topologyBody(limits),
        response: {
          200: z.object({ files: z.array(BundleFile).readonly(), diagnostics: Diagnostics }),
          400: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: DocumentHasErrors,
        },
      },
    },
    async (request, reply) => {
      const result = render(request.body);
      if (!result.ok) return reply.code(422).send(documentHasErrors(result.diagnostics));
      return { files: result.files, diagnostics: summarizeDiagnostics(result.diagnostics) };
    },
  );
};

export default renderRoute;
