import { crc32, deflateRawSync } from 'node:zlib';
import { render, zipBundle } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachment, safeFileName } from '../../http/content-disposition.js';
import { ErrorBody } from '../../http/errors.js';
import { Bytes, TargetQuery, topologyBody } from '../../http/schemas.js';
import { DocumentHasErrors, documentHasErrors } from '../render/document-has-errors.js';
import type { RouteOptions } from '../route-options.js';

/**
 * Node's zlib (C++) instead of the core's pure-JavaScript defaults; level 1 saves ~15 % of the zip's
 * time for a ~6 % larger download (docs/performance.md).
 */
const zipOptions = {
  deflateRaw: (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 1 })),
  crc32: (data: Uint8Array) => crc32(data),
};

const bundleRoute: FastifyPluginAsyncZod<RouteOptions> = async (fastify, { limits }) => {
  fastify.post(
    '/bundle',
    {
      schema: {
        summary: 'Download the bundle as a zip (application/zip)',
        tags: ['documents'],
        querystring: TargetQuery,
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
      const { target } = request.query;
      const result = render(request.body, { target });
      if (!result.ok) return reply.code(422).send(documentHasErrors(result.diagnostics));
      return reply
        .type('application/zip')
        .header(
          'content-disposition',
          // A bundle for another target than servers says which in its name.
          attachment(
            safeFileName(
              target === 'vm' ? request.body.name : `${request.body.name} ${target}`,
              'zip',
              target === 'vm' ? 'topology' : `topology-${target}`,
            ),
          ),
        )
        .send(Buffer.from(zipBundle(result.files, zipOptions)));
    },
  );
};

export default bundleRoute;
