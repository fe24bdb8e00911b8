/**
 * POST /verify/drift: a deployment's live configuration files (as JSON, or a base64 zip) against
 * its design, with the core's `drift`, in an import worker (plugins/app/imports.ts). The server only reads what it is sent: it never connects to
 * the deployment's hosts (reachability is the command line's `verify --probe`, run on the nodes),
 * so no request can make it open a connection anywhere.
 */
import { validate } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, ErrorBody } from '../../http/errors.js';
import type { DriftJob } from '../../import/import-job.js';
import type { ImportRouteOptions } from '../import/index.js';
import { DocumentHasErrors, documentHasErrors } from '../render/document-has-errors.js';
import { DriftReport, driftBody } from './schemas.js';

const verifyRoute: FastifyPluginAsyncZod<ImportRouteOptions> = async (fastify, opts) => {
  fastify.post(
    '/verify/drift',
    {
      schema: {
        summary: 'Compare live deployment.toml (2.x: XML) files with what a topology generates',
        description:
          '`{ topology, files: [{ path, contents }] }` or `{ topology, zip }` (the zip base64). ' +
          'Per node: every key that is missing, extra, changed or not in the design. The server ' +
          'does not probe the deployment: connecting to hosts named in a request would let anyone ' +
          'make it reach any address (SSRF); run `apim-designer verify --probe` on the nodes.',
        tags: ['documents'],
        body: driftBody(opts.limits, opts.importLimits),
        response: {
          200: DriftReport,
          400: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: DocumentHasErrors,
          503: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { topology, files, zip } = request.body;
      // The zip's bytes in a buffer of their own, handed over (transferred) to the worker.
      const bytes = zip === undefined ? undefined : new Uint8Array(Buffer.from(zip, 'base64'));
      const job: DriftJob = bytes
        ? { kind: 'drift', topology, zip: bytes, limits: opts.importLimits }
        : { kind: 'drift', topology, files: files ?? [], limits: opts.importLimits };
      const outcome = await fastify.imports.run(job, bytes ? [bytes.buffer] : []);
      if (!outcome.ok) {
        const { statusCode, code, message, issues } = outcome.error;
        if (code === 'import-busy') reply.header('retry-after', '1');
        throw new ApiError(statusCode, code, message, issues);
      }
      if (!('drift' in outcome)) throw new ApiError(500, 'internal', 'Internal server error');
      const report = outcome.drift;
      if (!report.ok) return reply.code(422).send(documentHasErrors(validate(topology)));
      return report;
    },
  );
};

export default verifyRoute;
