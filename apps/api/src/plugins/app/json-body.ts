/**
 * JSON bodies, parsed here rather than by Fastify's default parser, so that each way a body can be
 * wrong gets its own answer: not JSON at all is `400 malformed-json` with the line and column;
 * JSON with a `__proto__` key (or `constructor.prototype`) is valid JSON, refused as
 * `400 invalid-document` at that key (issue 14: it answered malformed-json). Such keys are refused,
 * not dropped: they mean to reach an object's prototype, and a document never needs them.
 */
import { parseJson } from '@apim-designer/topology';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError, issuePath } from '../../http/errors.js';

/** Where a prototype key sits in a parsed value, or null (an explicit stack: no depth limit). */
export function prototypeKey(value: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || item.value === null || typeof item.value !== 'object') continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((v, i) => stack.push({ value: v, path: [...item.path, i] }));
      continue;
    }
    for (const [key, v] of Object.entries(item.value)) {
      if (key === '__proto__') return [...item.path, key];
      if (key === 'constructor' && v !== null && typeof v === 'object' && 'prototype' in v)
        return [...item.path, key, 'prototype'];
      stack.push({ value: v, path: [...item.path, key] });
    }
  }
  return null;
}

export function parseJsonBody(text: string): unknown {
  if (text.length === 0)
    throw new ApiError(400, 'empty-body', 'The body is empty; send a topology document', [
      { path: '(document)', message: 'empty' },
    ]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const located = parseJson(text);
    const why = located.ok
      ? 'not valid JSON'
      : `${located.message} (line ${located.line}, column ${located.column})`;
    throw new ApiError(400, 'malformed-json', `The body is not valid JSON: ${why}`, [
      { path: '(document)', message: why },
    ]);
  }
  // Cheap first: only a body that spells one of the keys is walked.
  if (text.includes('__proto__') || text.includes('constructor')) {
    const at = prototypeKey(value);
    if (at) {
      const path = issuePath(at);
      throw new ApiError(
        400,
        'invalid-document',
        `The document has a "${String(at[at.length - 1])}" key at ${path}, which is refused: it would reach an object's prototype`,
        [{ path, message: 'a key that would reach an object prototype' }],
      );
    }
  }
  return value;
}

async function jsonBody(fastify: FastifyInstance): Promise<void> {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, parseJsonBody(typeof body === 'string' ? body : body.toString('utf8')));
      } catch (err) {
        done(err instanceof Error ? err : new Error(String(err)), undefined);
      }
    },
  );
}

export default fp(jsonBody, { name: 'json-body' });
