/**
 * Rows 3 and 4: `/validate` and `/bundle` of the 25-node topology under load, autocannon with 10
 * connections on loopback against the built server: a warm-up run, then the measured run. The
 * latencies are every response's round trip as autocannon saw it.
 */
import autocannon from 'autocannon';
import { summarize } from './stats.js';
import { ms, num, verdict, type Row } from './table.js';

export interface LoadOptions {
  readonly warmupSeconds: number;
  readonly seconds: number;
}

interface LoadResult {
  readonly perSecond: number;
  readonly non2xx: number;
  readonly failures: number;
  readonly latencies: number[];
}

async function load(
  url: string,
  body: string,
  seconds: number,
  record: boolean,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 10,
    duration: seconds,
  });
  if (record) instance.on('response', (_c, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  return {
    perSecond: result['2xx'] / result.duration,
    non2xx: result.non2xx,
    failures: result.errors + result.timeouts,
    latencies,
  };
}

async function measure(url: string, body: string, opts: LoadOptions): Promise<LoadResult> {
  await load(url, body, opts.warmupSeconds, false);
  return load(url, body, opts.seconds, true);
}

export async function validateRow(base: string, body: string, opts: LoadOptions): Promise<Row> {
  const r = await measure(`${base}/api/v1/validate`, body, opts);
  const lat = summarize(r.latencies);
  const ok = r.perSecond >= 4000 && r.non2xx === 0 && r.failures === 0;
  return {
    what: `API: POST /validate, 25 nodes, 10 connections, ${opts.seconds} s (latency)`,
    median: ms(lat.median),
    p95: ms(lat.p95),
    budget: '≥ 4,000 req/s, zero non-2xx',
    measured: `${num(r.perSecond)} req/s, ${r.non2xx} non-2xx, ${r.failures} errors`,
    verdict: verdict(ok),
  };
}

export async function bundleRow(base: string, body: string, opts: LoadOptions): Promise<Row> {
  const r = await measure(`${base}/api/v1/bundle`, body, opts);
  const lat = summarize(r.latencies);
  const ok = r.perSecond >= 250 && lat.p99 <= 100 && r.non2xx === 0 && r.failures === 0;
  return {
    what: `API: POST /bundle, 25 nodes, 10 connections, ${opts.seconds} s (latency)`,
    median: ms(lat.median),
    p95: ms(lat.p95),
    budget: '≥ 250 req/s, p99 ≤ 100 ms',
    measured: `${num(r.perSecond)} req/s, p99 ${ms(lat.p99)}, ${r.non2xx} non-2xx`,
    verdict: verdict(ok),
  };
}
