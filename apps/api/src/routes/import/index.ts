/**
 * POST /import: deployment.toml files (as JSON, or a zip of them or of a bundle this tool made)
 * back into a topology, with the core's report of what was kept, matched and not. The work (the
 * unzipping and the core's `importConfigs`) runs in an import worker (plugins/app/imports.ts).
 */
import type { ImportReport } from '@apim-designer/topology';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, ErrorBody, issuePath } from '../../http/errors.js';
import { topologyBody } from '../../http/schemas.js';
import type { ImportJob } from '../../import/import-job.js';
import type { RouteOptions } from '../route-options.js';
import { ImportFailed, Imported, ImportQuery, importBody, type ImportLimits } from './schemas.js';

export interface ImportRouteOptions extends RouteOptions {
  readonly importLimits: ImportLimits;
}

/** Zip uploads arrive as raw bytes (within BODY_LIMIT); browsers on Windows send the second type. */
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];

function failed(message: string, report: ImportReport, issues = issuesOf(report)): ImportFailed {
  return { error: 'import-failed', message, issues, report };
}

/** One issue per error: `file:line:column` when the core knows where. */
function issuesOf(report: ImportReport): ImportFailed['issues'] {
  return report.errors.map((e) => ({
    path: [e.file || '(files)', e.line, e.column].filter((p) => p !== undefined).join(':'),
    message: e.message,
  }));
}

const importRoute: FastifyPluginAsyncZod<ImportRouteOptions> = async (fastify, opts) => {
  // Scoped to this plugin: the other routes still answer 415 to a zip.
  fastify.addContentTypeParser(ZIP_TYPES, { parseAs: 'buffer' }, (_request, zip, done) => {
    done(null, { zip });
  });
  const result = topologyBody(opts.limits);

  fastify.post(
    '/import',
    {
      schema: {
        summary: 'Recover a topology from deployment.toml files, a zip of them, or a bundle zip',
        description:
          'application/json `{ files: [{ path, contents }], apimVersion? }`, or application/zip ' +
          '(the version then goes in `?apimVersion=`).',
        tags: ['documents'],
        querystring: ImportQuery,
        body: importBody(opts.importLimits),
        response: {
          200: Imported,
          400: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: ImportFailed,
          503: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { zip, files, apimVersion: stated } = request.body;
      const apimVersion = stated ?? request.query.apimVersion;
      const version = apimVersion ? { apimVersion } : {};
      // The bytes are copied into a buffer of their own and handed over (transferred) to the worker.
      const bytes = zip ? new Uint8Array(zip) : undefined;
      const job: ImportJob = bytes
        ? { kind: 'zip', zip: bytes, limits: opts.importLimits, ...version }
        : { kind: 'files', files: files ?? [], ...version };
      const outcome = await fastify.imports.run(job, bytes ? [bytes.buffer] : []);
      if (!outcome.ok) {
        const { statusCode, code, message, issues } = outcome.error;
        if (code === 'import-busy') reply.header('retry-after', '1');
        // The errors plugin answers it, like every other error.
        throw new ApiError(statusCode, code, message, issues);
      }
      if (!('result' in outcome)) throw new ApiError(500, 'internal', 'Internal server error');
      const { topology, report } = outcome.result;
      if (!topology) {
        const first = report.errors[0];
        return reply
          .code(422)
          .send(
            failed(
              `No topology could be recovered${first ? `: ${first.file ? `${first.file}: ` : ''}${first.message}` : ''}`,
              report,
            ),
          );
      }
      // The recovered document must fit this server's limits like any other document.
      const checked = result.safeParse(topology);
      if (!checked.success) {
        const issues = checked.error.issues.map((i) => ({
          path: issuePath(i.path),
          message: i.message,
        }));
        return reply
          .code(422)
          .send(failed('The recovered topology does not fit the document limits', report, issues));
      }
      return { topology: checked.data, report };
    },
  );
};

export default importRoute;
