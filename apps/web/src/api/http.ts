/** The one place that calls `fetch`. Errors become ApiError with the server's parsed body. */
import type { z } from 'zod';
import type * as Schemas from './schemas.js';
import type { ErrorBody } from './schemas.js';

/** The envelopes are zod schemas over the core's: loaded with the first response, not at boot. */
const schemas = () => import('./schemas.js');

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message ?? `The server answered ${status}.`);
    this.name = 'ApiError';
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    const { ErrorBody } = await schemas();
    const parsed = ErrorBody.safeParse(await res.json());
    if (parsed.success) body = parsed.data;
  } catch {
    // Not JSON (a proxy's error page): keep the status only.
  }
  return new ApiError(res.status, body);
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, init);
  } catch {
    throw new ApiError(0, { message: 'The designer server cannot be reached.' });
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

/** Parses a response with one of `schemas.ts`'s envelopes, picked once that module is loaded. */
export async function parseJson<S extends z.ZodType>(
  res: Response,
  pick: (schemas: typeof Schemas) => S,
): Promise<z.infer<S>> {
  const schema = pick(await schemas());
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success)
    throw new ApiError(res.status, { message: 'The server answered in an unexpected shape.' });
  return parsed.data;
}

export function jsonInit(method: string, body: unknown, headers: HeadersInit = {}): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
