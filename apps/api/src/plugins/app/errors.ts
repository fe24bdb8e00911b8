/**
 * Every error leaves as `{ error, message, issues }`. Bad input is a 4xx that says what and where;
 * anything else is a 500 that says nothing about internals (the log has the details).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../http/errors.js';

function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && 'code' in err && typeof err.code === 'string';
}

export function toApiError(err: unknown, bodyLimit: number): ApiError {
  if (err instanceof ApiError) return err;
  if (!isFastifyError(err)) return new ApiError(500, 'internal', 'Internal server error');
  const whole = (message: string) => [{ path: '(document)', message }];
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(
        400,
        'malformed-json',
        `The body is not valid JSON: ${err.message}`,
        whole(err.message),
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(
        400,
        'empty-body',
        'The body is empty; send a topology document',
        whole('empty'),
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(
        413,
        'body-too-large',
        `The body is larger than the limit of ${bodyLimit} bytes`,
        whole(`over ${bodyLimit} bytes`),
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(
        415,
        'unsupported-media-type',
        'Send the document as application/json',
        whole(err.message),
      );
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new ApiError(status, STATUS_CODES[status] ?? 'bad-request', err.message, []);
  }
  return new ApiError(500, 'internal', 'Internal server error');
}

/** The code of a 4xx raised by Fastify or a plugin, from its status (a 403 is not a bad request). */
const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  411: 'length-required',
  413: 'body-too-large',
  414: 'url-too-long',
  415: 'unsupported-media-type',
  416: 'range-not-satisfiable',
  431: 'headers-too-large',
};

/**
 * Errors Fastify raises before any route or hook runs (Fastify's `frameworkErrors`): a URL that
 * does not decode (`/%ff`), a parameter past its length. Without this Fastify answers with a body
 * of its own (issue 14).
 */
export function frameworkError(err: FastifyError): ApiError {
  const url = (message: string) => [{ path: '(url)', message }];
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return new ApiError(
        400,
        'bad-url',
        'The URL does not decode: a "%" is not followed by a valid UTF-8 escape',
        url(err.message),
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError(
        414,
        'url-too-long',
        'A part of the URL is longer than a route allows',
        url(err.message),
      );
    default:
      return new ApiError(500, 'internal', 'Internal server error');
  }
}

/** A path that climbs out of where it starts (`/../etc/passwd`, `/..%2fetc`): refused before routing. */
export function climbsOut(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not decodable: Fastify refuses it as a bad URL.
  }
  return decoded.split(/[\\/]/).some((segment) => segment === '..');
}

export interface ErrorsOptions {
  readonly bodyLimit: number;
  /** index.html of the SPA, served for browser navigations that match no route. */
  readonly spaFallback: boolean;
}

async function errorsPlugin(fastify: FastifyInstance, opts: ErrorsOptions): Promise<void> {
  // Before @fastify/static sees it (it would answer 403, which the table reserves for a wrong
  // edit token): a path never names a parent folder.
  fastify.addHook('onRequest', async (request, reply) => {
    if (!climbsOut(request.url)) return;
    const error = new ApiError(400, 'bad-path', 'The path has a ".." segment; it is refused', [
      { path: '(url)', message: 'a ".." segment' },
    ]);
    return reply.code(400).type('application/json').send(error.toBody());
  });

  fastify.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(err, opts.bodyLimit);
    if (apiError.statusCode >= 500) request.log.error({ err }, 'request failed');
    return reply.code(apiError.statusCode).type('application/json').send(apiError.toBody());
  });

  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (opts.spaFallback && !isApi && request.method === 'GET' && wantsHtml) {
      return reply.type('text/html').sendFile('index.html');
    }
    const error = new ApiError(404, 'not-found', `No route ${request.method} ${path}`);
    return reply.code(404).send(error.toBody());
  });
}

export default fp(errorsPlugin, { name: 'errors' });
