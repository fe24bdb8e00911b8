/** The one error body the API answers 4xx and 5xx with: what was wrong, and where. */
import { formatPath } from '@apim-designer/topology';
import { z } from 'zod';

export const ErrorIssue = z.object({
  /** Where, as `nodes[2].host`; `(document)` for the whole body. */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssue>;

export const ErrorBody = z
  .object({
    error: z.string().describe('machine-readable code, e.g. invalid-document'),
    message: z.string(),
    issues: z.array(ErrorIssue),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return { error: this.code, message: this.message, issues: [...this.issues] };
  }
}

/** A path as zod reports it, readable. */
export function issuePath(path: readonly PropertyKey[]): string {
  return formatPath(path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
}
