/**
 * Row 5: share links, create (`POST /api/v1/topologies`) and open (`GET /api/v1/topologies/:id`)
 * of the 25-node topology, one request at a time, against a server started with the
 * Server-Timing preload. "Server side" is that header: Fastify's elapsedTime at onSend (parsing,
 * validation, handler with the store call, serialisation). The round trip is shown beside it.
 */
import { summarize } from './stats.js';
import { ms, verdict, type Row } from './table.js';

export interface ShareOptions {
  readonly creates: number;
  readonly opens: number;
}

export interface ShareBudget {
  readonly store: 'SQLite' | 'PostgreSQL';
  readonly createP95Ms: number;
  readonly openP95Ms: number;
}

interface Timed {
  readonly server: number;
  readonly roundTrip: number;
}

function serverTiming(res: Response): number {
  const match = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  if (!match?.[1]) throw new Error('no Server-Timing header: was the preload loaded?');
  return Number(match[1]);
}

async function timed(
  url: string,
  init: RequestInit,
  expect: number,
): Promise<Timed & { body: unknown }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const body: unknown = await res.json();
  const roundTrip = performance.now() - t0;
  if (res.status !== expect) {
    throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body)}`);
  }
  return { server: serverTiming(res), roundTrip, body };
}

function idOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string')
    return body.id;
  throw new Error(`no id in ${JSON.stringify(body)}`);
}

export async function shareRows(
  base: string,
  document: string,
  opts: ShareOptions,
  budget: ShareBudget,
): Promise<Row[]> {
  const create = () =>
    timed(
      `${base}/api/v1/topologies`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: document },
      201,
    );
  const warm = Math.max(10, Math.round(opts.creates / 10));
  const ids: string[] = [];
  for (let i = 0; i < warm; i++) ids.push(idOf((await create()).body));
  const creates: Timed[] = [];
  for (let i = 0; i < opts.creates; i++) {
    const t = await create();
    ids.push(idOf(t.body));
    creates.push(t);
  }
  const opens: Timed[] = [];
  for (let i = 0; i < warm + opts.opens; i++) {
    const t = await timed(`${base}/api/v1/topologies/${ids[i % ids.length] ?? ''}`, {}, 200);
    if (i >= warm) opens.push(t);
  }

  const row = (what: string, samples: Timed[], p95Budget: number): Row => {
    const server = summarize(samples.map((s) => s.server));
    const trip = summarize(samples.map((s) => s.roundTrip));
    return {
      what: `API: share ${what}, ${budget.store}, server side (${samples.length} sequential)`,
      median: ms(server.median),
      p95: ms(server.p95),
      budget: `p95 ≤ ${p95Budget} ms`,
      measured: `p95 ${ms(server.p95)} (round trip p95 ${ms(trip.p95)})`,
      verdict: verdict(server.p95 <= p95Budget),
    };
  };
  return [row('create', creates, budget.createP95Ms), row('open', opens, budget.openP95Ms)];
}
