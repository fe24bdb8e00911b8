/**
 * Rows 1 and 2: the core in-process. For each size, `zipBundle(render(topology).files)` (validation,
 * the TOML and the other files, and the zip: what `/bundle` does after parsing), per node; then
 * whether that grows linearly; then `render` alone over the floor: smol-toml's `stringify` of the
 * data of every `deployment.toml` the render wrote.
 */
import { parseToml, render, zipBundle, type TomlTable } from '@apim-designer/topology';
import { stringify } from 'smol-toml';
import { sample, summarize, type Summary, samplePaired } from './stats.js';
import { ms, num, verdict, type Row } from './table.js';
import { topology } from './topologies.js';

export const CORE_SIZES = [5, 25, 100, 500] as const;
const PER_NODE_BUDGET_MS = 0.25;
const LINEARITY_BUDGET = 2;
const OVERHEAD_BUDGET = 3;

export interface CoreOptions {
  /** Sampling time per measurement (ms). */
  readonly durationMs: number;
}

interface SizeResult {
  readonly size: number;
  readonly pipeline: Summary;
  readonly render: Summary;
  readonly floor: Summary;
}

/**
 * The floor's input: each `deployment.toml` read back into data. That is what the core's `tomlData`
 * gives for the file's `TomlFile` (the core does not export the `TomlFile`s render builds).
 */
function tomlTables(files: readonly { path: string; contents: string }[]): TomlTable[] {
  return files.filter((f) => f.path.endsWith('.toml')).map((f) => parseToml(f.contents));
}

function measureSize(size: number, opts: CoreOptions): SizeResult {
  const doc = topology(size);
  const first = render(doc);
  if (!first.ok) {
    const codes = first.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    throw new Error(`the ${size}-node bench topology has errors: ${codes.join(', ')}`);
  }
  const tables = tomlTables(first.files);
  if (tables.length === 0) throw new Error(`the ${size}-node render wrote no TOML file`);
  const timing = { warmupMs: opts.durationMs / 4, durationMs: opts.durationMs, minSamples: 20 };
  let sink = 0; // keeps the results alive so no call is optimised away
  const pipeline = sample(() => {
    const result = render(doc);
    if (result.ok) sink += zipBundle(result.files).length;
  }, timing);
  // Render and its floor alternate in one loop: their ratio is what the budget is about.
  const [renderOnly, floor] = samplePaired(
    () => {
      const result = render(doc);
      if (result.ok) sink += result.files.length;
    },
    () => {
      for (const t of tables) sink += stringify(t).length;
    },
    timing,
  );
  if (sink === 0) throw new Error('nothing was produced');
  return {
    size,
    pipeline: summarize(pipeline),
    render: summarize(renderOnly),
    floor: summarize(floor),
  };
}

const perNode = (value: number, size: number) => `${ms(value / size)}/node`;

export function coreRows(opts: CoreOptions): Row[] {
  const results = CORE_SIZES.map((size) => measureSize(size, opts));
  const rows: Row[] = results.map(({ size, pipeline }) => {
    const p50 = pipeline.median / size;
    return {
      what: `core: render + zip, ${size} nodes (whole: ${ms(pipeline.median)})`,
      median: perNode(pipeline.median, size),
      p95: perNode(pipeline.p95, size),
      budget: `p50 ≤ ${PER_NODE_BUDGET_MS} ms/node`,
      measured: `${ms(p50)}/node`,
      verdict: verdict(p50 <= PER_NODE_BUDGET_MS),
    };
  });

  // Linear growth: the per-node median at the largest size is at most twice the smaller of the
  // per-node medians at 5 and 25 nodes (fixed costs make the smallest sizes the dearest per node).
  const at = (size: number, pick: (s: Summary) => number) => {
    const r = results.find((x) => x.size === size);
    return r ? pick(r.pipeline) / size : Number.NaN;
  };
  const growthOf = (pick: (s: Summary) => number) =>
    at(500, pick) / Math.min(at(5, pick), at(25, pick));
  const growth = growthOf((s) => s.median);
  const p95Growth = growthOf((s) => s.p95);
  rows.push({
    what: 'core: growth, per-node time at 500 ÷ at min(5, 25)',
    median: `${num(growth, 2)}×`,
    p95: `${num(p95Growth, 2)}×`,
    budget: `p50 ratio ≤ ${LINEARITY_BUDGET}× (linear)`,
    measured: `${num(growth, 2)}×`,
    verdict: verdict(growth <= LINEARITY_BUDGET),
  });

  for (const { size, render: r, floor } of results) {
    const ratio = r.median / floor.median;
    rows.push({
      what: `core: render ÷ TOML floor, ${size} nodes (${ms(r.median)} ÷ ${ms(floor.median)})`,
      median: `${num(ratio, 2)}×`,
      p95: `${num(r.p95 / floor.p95, 2)}×`,
      budget: `p50 ratio ≤ ${OVERHEAD_BUDGET}`,
      measured: `${num(ratio, 2)}×`,
      verdict: verdict(ratio <= OVERHEAD_BUDGET),
    });
  }
  return rows;
}
