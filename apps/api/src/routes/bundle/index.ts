import { render, zipBundle } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachment, safeFileName } from '../../http/content-disposition.js';
import { ErrorBody } from '../../http/errors.js';
import { Bytes, topologyBody } from '../../http/schemas.js';
import { DocumentHasErrors, documentHasErrors } from '../render/document-has-errors.js';
import type { RouteOptions } from '../route-options.js';

const bundleRoute: FastifyPluginAsyncZod<RouteOptions> = async (fastify, { limits }) => {
  fastify.post(
    '/bundle',
    {
      schema: {
        summary: 'Download the bundle as a zip (application/zip)',
        tags: ['documents'],
        body: topologyBody(limits),
        response: {
          200: { description: 'The bundle', content: { 'application/zip': { schema: Bytes } } },
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
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(safeFileName(request.body.name, 'zip')))
        .send(Buffer.from(zipBundle(result.files)));
    },
  );
};

export default bundleRoute;
