/** Share links: create (rate-limited), read (anyone with the id), update and delete (edit token). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken, etagFor, ifMatchAllows } from '../../http/etag.js';
import { ApiError, ErrorBody } from '../../http/errors.js';
import { ShareId, topologyBody } from '../../http/schemas.js';
import type { ShareChange } from '../../share/share-service.js';
import type { RouteOptions } from '../route-options.js';
import { AuthHeaders, Created, Revision, Shared, ShareQuery, UpdateHeaders } from './schemas.js';
import { editUrl, viewUrl } from './share-urls.js';

export interface TopologiesOptions extends RouteOptions {
  readonly publicUrl: string;
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
}

const notFound = (id: string) => new ApiError(404, 'not-found', `No shared topology ${id}`);

function requireToken(header: string | undefined): string {
  const token = bearerToken(header);
  if (!token)
    throw new ApiError(401, 'unauthorized', 'Send the edit token as Authorization: Bearer <token>');
  return token;
}

/** The non-success outcomes of a change, as errors. */
function refusal(id: string, change: ShareChange): ApiError {
  switch (change.status) {
    case 'not-found':
      return notFound(id);
    case 'forbidden':
      return new ApiError(403, 'forbidden', 'The edit token does not match this topology');
    case 'stale':
      return new ApiError(
        412,
        'stale',
        `The topology changed since; it is now at ${etagFor(change.revision)}`,
      );
    default:
      return new ApiError(500, 'internal', 'Internal server error');
  }
}

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const topologiesRoute: FastifyPluginAsyncZod<TopologiesOptions> = async (fastify, opts) => {
  const body = topologyBody(opts.limits);

  fastify.post(
    '/topologies',
    {
      config: { rateLimit: { max: opts.rateLimit.max, timeWindow: opts.rateLimit.windowMs } },
      schema: {
        summary: 'Store a document; returns its share links and edit token',
        tags: ['share'],
        querystring: ShareQuery,
        body,
        response: { 201: Created, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const includeCredentials = request.query.includeCredentials === 'true';
      const { id, editToken, revision, strippedPaths } = await fastify.shares.create(
        request.body,
        includeCredentials,
      );
      return reply
        .code(201)
        .header('etag', etagFor(revision))
        .header('location', `/api/v1/topologies/${id}`)
        .send({
          id,
          editToken,
          viewUrl: viewUrl(opts.publicUrl, id),
          editUrl: editUrl(opts.publicUrl, id, editToken),
          revision,
          strippedCredentials: strippedPaths,
        });
    },
  );

  fastify.get(
    '/topologies/:id',
    {
      schema: {
        summary: 'Read a shared document',
        tags: ['share'],
        params: ShareId,
        response: { 200: Shared, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const shared = await fastify.shares.read(request.params.id);
      if (!shared) throw notFound(request.params.id);
      return reply
        .header('etag', etagFor(shared.revision))
        .header('cache-control', 'no-cache')
        .send({
          topology: shared.topology,
          revision: shared.revision,
          strippedCredentials: shared.strippedPaths,
        });
    },
  );

  fastify.put(
    '/topologies/:id',
    {
      schema: {
        summary: 'Replace a shared document (edit token and If-Match required)',
        tags: ['share'],
        params: ShareId,
        querystring: ShareQuery,
        headers: UpdateHeaders,
        body,
        response: {
          200: Revision,
          ...errors,
          412: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          428: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const token = requireToken(request.headers.authorization);
      const ifMatch = request.headers['if-match'];
      if (!ifMatch) {
        throw new ApiError(
          428,
          'precondition-required',
          'Send If-Match with the ETag the change is based on',
        );
      }
      const change = await fastify.shares.update(
        id,
        token,
        (rev) => ifMatchAllows(ifMatch, rev),
        request.body,
        request.query.includeCredentials === 'true',
      );
      if (change.status !== 'updated') throw refusal(id, change);
      const stored = await fastify.shares.read(id);
      return reply.header('etag', etagFor(change.revision)).send({
        id,
        revision: change.revision,
        strippedCredentials: stored?.strippedPaths ?? [],
      });
    },
  );

  fastify.delete(
    '/topologies/:id',
    {
      schema: {
        summary: 'Revoke a share link (edit token required)',
        tags: ['share'],
        params: ShareId,
        headers: AuthHeaders,
        response: { 204: z.null().describe('Revoked'), ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const change = await fastify.shares.remove(id, requireToken(request.headers.authorization));
      if (change.status !== 'deleted') throw refusal(id, change);
      return reply.code(204).send(null);
    },
  );
};

export default topologiesRoute;
