/**
 * The 422 body of render and bundle: the error shape, plus the diagnostics (at most 20 of one code,
 * then one that says how many more: `summarizeDiagnostics`).
 */
import {
  formatPath,
  summarizeDiagnostics,
  type Diagnostic as CoreDiagnostic,
} from '@apim-designer/topology';
import type { z } from 'zod';
import { ErrorBody } from '../../http/errors.js';
import { Diagnostics } from '../../http/schemas.js';

export const DocumentHasErrors = ErrorBody.extend({ diagnostics: Diagnostics }).meta({
  id: 'DocumentHasErrors',
});
export type DocumentHasErrors = z.infer<typeof DocumentHasErrors>;

export function documentHasErrors(all: readonly CoreDiagnostic[]): DocumentHasErrors {
  const count = all.filter((d) => d.severity === 'error').length;
  const diagnostics = summarizeDiagnostics(all);
  return {
    error: 'document-has-errors',
    message: `The document has ${count} error(s); fix them to render the bundle`,
    issues: diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ path: formatPath(d.path ?? []), message: d.message })),
    diagnostics,
  };
}
