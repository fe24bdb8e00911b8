/** README parts every target's README ends with. */
import type { Diagnostic } from '../diagnostics.js';
import { code, md } from '../render/markdown.js';

/** The warnings and notes of the design (the topology's and the target's), to review before production. */
export function reviewSection(diagnostics: readonly Diagnostic[]): string[] {
  const review = diagnostics.filter((d) => d.severity !== 'error');
  if (review.length === 0) return [];
  return [
    '',
    '## To review before production',
    '',
    ...review.map((d) => `- **${d.severity}** ${code(d.code)}: ${md(d.message)}`),
  ];
}
