/**
 * Diagnostics for an answer over the wire: the same problem on a thousand nodes is one problem.
 * Past `perCode` diagnostics of one code, the rest are folded into one diagnostic of that code
 * that says how many more there are and on which nodes (issue 14: 1,000 gateways on one host made
 * 2 MB of diagnostics out of a 123 KB document). The designer and the CLI show every diagnostic.
 */
import { diagnostic, type Diagnostic } from './diagnostics.js';

export const DIAGNOSTICS_PER_CODE = 20;

function listSome(names: readonly string[], max: number): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function summarizeDiagnostics(
  diagnostics: readonly Diagnostic[],
  perCode = DIAGNOSTICS_PER_CODE,
): Diagnostic[] {
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  const rest = new Map<Diagnostic['code'], Diagnostic[]>();
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= perCode) kept.push(d);
    else {
      const more = rest.get(d.code);
      if (more) more.push(d);
      else rest.set(d.code, [d]);
    }
  }
  for (const [code, more] of rest) {
    const where = [...new Set(more.flatMap((d) => d.nodeId ?? d.edgeId ?? []))];
    kept.push(
      diagnostic(
        code,
        `…and ${more.length} more like the ${perCode} above (${code})` +
          (where.length > 0 ? `, on ${listSome(where, 10)}` : '') +
          '. Each is fixed as the ones above say.',
      ),
    );
  }
  return kept;
}
