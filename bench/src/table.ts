/**
 * The one table `npm run bench` prints. Each suite returns rows; a row states what was measured,
 * its median and p95, the budget, the figure the budget is checked against, and the verdict.
 * Suites added later (the SPA's) return rows of the same shape.
 */

export type Verdict = 'pass' | 'FAIL' | 'info';

export interface Row {
  readonly what: string;
  readonly median: string;
  readonly p95: string;
  readonly budget: string;
  /** The figure compared with the budget. */
  readonly measured: string;
  readonly verdict: Verdict;
}

export const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');

/** A row for a measurement that could not be taken: it counts as a miss. */
export function notRun(what: string, budget: string, why: string): Row {
  return { what, median: '—', p95: '—', budget, measured: `not run: ${why}`, verdict: 'FAIL' };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(value >= 1 ? 2 : 3)} ms`;
}

export function num(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

const HEADER = ['what', 'median', 'p95', 'budget', 'measured', 'result'] as const;

/** A Markdown table (what docs/performance.md holds), columns padded so it reads in a terminal. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.what, r.median, r.p95, r.budget, r.measured, r.verdict]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: readonly string[]) =>
    `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(HEADER), rule, ...cells.map(line)].join('\n');
}
