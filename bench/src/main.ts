/**
 * `npm run bench`: every suite's rows in one table, then exit 1 when a budget is missed.
 * Options: `--only core,api,share-sqlite,share-postgres,spa` runs some suites; `--quick` samples for a
 * fraction of the time (a smoke run: its figures are not the ones to publish).
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { coreRows } from './core.js';
import { bundleRow, validateRow } from './load.js';
import { PostgresUnavailable, withPostgres } from './postgres.js';
import { killServers, startServer } from './server.js';
import { shareRows, type ShareBudget } from './shares.js';
import { spaRows } from './spa.js';
import { cpuProbeMs } from './speed.js';
import { formatTable, notRun, type Row } from './table.js';
import { topologyInput } from './topologies.js';

/** The whole run stops (and fails) past this. */
const TIME_LIMIT_MS = 8 * 60_000;

interface Settings {
  readonly quick: boolean;
}

interface Suite {
  readonly name: string;
  run(settings: Settings): Promise<Row[]>;
}

const DOCUMENT_25 = JSON.stringify(topologyInput(25));
/** Share creation is rate-limited per client; the bench is one client creating hundreds. */
const NO_RATE_LIMIT = { RATE_LIMIT_MAX: '1000000' };

async function shareSuite(settings: Settings, budget: ShareBudget, env: Record<string, string>) {
  const server = await startServer({ serverTiming: true, env: { ...NO_RATE_LIMIT, ...env } });
  try {
    const opts = settings.quick ? { creates: 50, opens: 200 } : { creates: 300, opens: 1000 };
    return await shareRows(server.url, DOCUMENT_25, opts, budget);
  } finally {
    await server.stop();
  }
}

const SUITES: readonly Suite[] = [
  {
    name: 'core',
    run: async ({ quick }) => coreRows({ durationMs: quick ? 300 : 2000 }),
  },
  {
    name: 'api',
    run: async ({ quick }) => {
      const server = await startServer();
      try {
        const opts = quick ? { warmupSeconds: 1, seconds: 2 } : { warmupSeconds: 3, seconds: 10 };
        return [
          await validateRow(server.url, DOCUMENT_25, opts),
          await bundleRow(server.url, DOCUMENT_25, opts),
        ];
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'share-sqlite',
    run: (settings) => shareSuite(settings, { store: 'SQLite', createP95Ms: 10, openP95Ms: 5 }, {}),
  },
  {
    name: 'share-postgres',
    run: async (settings) => {
      const budget = { store: 'PostgreSQL', createP95Ms: 20, openP95Ms: 10 } as const;
      try {
        return await withPostgres((url) => shareSuite(settings, budget, { DATABASE_URL: url }));
      } catch (e) {
        if (!(e instanceof PostgresUnavailable)) throw e;
        return [
          notRun('API: share create, PostgreSQL, server side', 'p95 ≤ 20 ms', e.message),
          notRun('API: share open, PostgreSQL, server side', 'p95 ≤ 10 ms', e.message),
        ];
      }
    },
  },
  {
    name: 'spa',
    run: ({ quick }) =>
      spaRows(
        quick
          ? { loads: 2, dragMs: 1000, keystrokes: 5 }
          : { loads: 5, dragMs: 2000, keystrokes: 20 },
      ),
  },
];

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  return `${availableParallelism()} cores (${cpu}), ${gib} GiB memory, Node ${process.version}, ${process.platform}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const wanted = values.only?.split(',').map((s) => s.trim());
  const unknown = wanted?.filter((w) => !SUITES.some((s) => s.name === w)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const settings: Settings = { quick: values.quick };
  console.log(`apim-designer bench, ${new Date().toISOString()}, ${machine()}`);
  const [load1 = 0] = loadavg();
  if (load1 > 0.5) {
    console.log(
      `⚠ load average ${load1.toFixed(2)} before the run: other processes share these ` +
        `${availableParallelism()} cores, so the figures are slower and noisier than on a quiet machine`,
    );
  }
  const rows: Row[] = [];
  for (const suite of SUITES) {
    if (wanted && !wanted.includes(suite.name)) continue;
    const probe = cpuProbeMs();
    const t0 = performance.now();
    process.stdout.write(`running ${suite.name} (CPU probe ${probe.toFixed(1)} ms) … `);
    rows.push(...(await suite.run(settings)));
    const after = cpuProbeMs();
    console.log(
      `${((performance.now() - t0) / 1000).toFixed(1)} s (CPU probe ${after.toFixed(1)} ms after)`,
    );
  }
  console.log(`\n${formatTable(rows)}\n`);
  const missed = rows.filter((r) => r.verdict === 'FAIL');
  if (settings.quick) console.log('(--quick: a smoke run, not figures to publish)');
  console.log(
    missed.length === 0
      ? '✔ every budget is met'
      : `✖ ${missed.length} budget(s) missed: ${missed.map((r) => r.what).join('; ')}`,
  );
  return missed.length === 0 ? 0 : 1;
}

const limit = setTimeout(() => {
  console.error(`\n✖ the bench ran past its ${TIME_LIMIT_MS / 60_000}-minute limit`);
  killServers();
  process.exit(1);
}, TIME_LIMIT_MS);
limit.unref();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    killServers();
    console.error(err);
    process.exitCode = 1;
  },
);
