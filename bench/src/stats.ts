/** Percentiles over samples, and a time-bounded sampler for synchronous work. */

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
}

/** Nearest-rank percentile of sorted values (`p` in 0–100). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export interface SampleOptions {
  /** Calls before timing starts, so the JIT has settled (ms). */
  readonly warmupMs: number;
  /** How long to keep sampling (ms)… */
  readonly durationMs: number;
  /** … but at least this many samples. */
  readonly minSamples: number;
}

/** Times each call of `fn` (ms): a warm-up, then samples until the time and the count are reached. */
/**
 * Times two functions alternately in one loop, so that both see the same machine: a ratio of their
 * medians is then steady even while other processes come and go on the cores.
 */
export function samplePaired(
  a: () => unknown,
  b: () => unknown,
  opts: SampleOptions,
): [number[], number[]] {
  const warmEnd = performance.now() + opts.warmupMs;
  while (performance.now() < warmEnd) {
    a();
    b();
  }
  const outA: number[] = [];
  const outB: number[] = [];
  const end = performance.now() + opts.durationMs;
  while (performance.now() < end || outA.length < opts.minSamples) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    outB.push(performance.now() - t1);
    outA.push(t1 - t0);
  }
  return [outA, outB];
}

export function sample(fn: () => unknown, opts: SampleOptions): number[] {
  const warmEnd = performance.now() + opts.warmupMs;
  while (performance.now() < warmEnd) fn();
  const out: number[] = [];
  const end = performance.now() + opts.durationMs;
  while (performance.now() < end || out.length < opts.minSamples) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
