/** The 422 body of render and bundle: the error shape, plus every diagnostic. */
import { formatPath, type Diagnostic as CoreDiagnostic } from '@apim-designer/topology';
import type { z } from 'zod';
import { ErrorBody } from '../../http/errors.js';
import { Diagnostics } from '../../http/schemas.js';

export const DocumentHasErrors = ErrorBody.extend({ diagnostics: Diagnostics }).meta({
  id: 'DocumentHasErrors',
});
export type DocumentHasErrors = z.infer<typeof DocumentHasErrors>;

export function documentHasErrors(diagnostics: readonly CoreDiagnostic[]): DocumentHasErrors {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return {
    error: 'document-has-errors',
    message: `The document has ${errors.length} error(s); fix them to render the bundle`,
    issues: errors.map((d) => ({ path: formatPath(d.path ?? []), message: d.message })),
    diagnostics,
  };
}
