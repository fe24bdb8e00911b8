/**
 * `apim-designer verify <topology.json> [--configs <dir|zip|file>] [--probe [--from NODE]]`: the
 * live configuration files against the design (drift), and whether this machine reaches every
 * endpoint the design's edges need (reachability). Exit 1 on a drift error or an unreachable
 * required endpoint.
 */
import { drift, probePlan, type DriftReport } from '@apim-designer/topology';
import type { Args } from '../args.js';
import { InputError, readTopology } from '../document.js';
import type { Io } from '../output.js';
import { formatDrift, formatReachability } from './format.js';
import { DEFAULT_PROBE_OPTIONS, runProbes, type ProbeOptions } from './probe-run.js';
import { reachability, type Reachability } from './reach-report.js';
import { readConfigs } from './read-configs.js';
import { readCaFile, readTruststore } from './trust.js';

function milliseconds(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 100 || n > 600000)
    throw new InputError(`${option} ${value}: milliseconds between 100 and 600000`);
  return n;
}

async function trusted(args: Args): Promise<readonly string[] | undefined> {
  const { '--ca': ca, '--truststore': store } = args.verify;
  const out: string[] = [];
  if (ca !== undefined) out.push(...(await readCaFile(ca)));
  if (store !== undefined)
    out.push(...(await readTruststore(store, process.env.TRUSTSTORE_PASSWORD || undefined)));
  return out.length > 0 ? out : undefined;
}

export async function verifyCommand(
  args: Args,
  io: Io,
  probeOptions: Partial<ProbeOptions> = {},
): Promise<number> {
  const [file, extra] = args.files;
  if (file === undefined) throw new InputError('verify needs a topology file');
  if (extra !== undefined) throw new InputError(`unexpected argument ${extra}`);
  const v = args.verify;
  if (v['--configs'] === undefined && !v.probe)
    throw new InputError('verify needs --configs <dir|zip|file>, --probe, or both');
  if (!v.probe) {
    for (const o of ['--from', '--ca', '--truststore', '--timeout', '--budget'] as const)
      if (v[o] !== undefined) throw new InputError(`${o} goes with --probe`);
  }
  const topology = await readTopology(file);
  const options: ProbeOptions = {
    ...DEFAULT_PROBE_OPTIONS,
    timeoutMs: milliseconds('--timeout', v['--timeout'], DEFAULT_PROBE_OPTIONS.timeoutMs),
    budgetMs: milliseconds('--budget', v['--budget'], DEFAULT_PROBE_OPTIONS.budgetMs),
    ...probeOptions,
  };
  // Everything that can be refused is checked before the first probe is sent.
  const plan = v.probe ? probePlan(topology, v['--from']) : undefined;
  if (plan && !plan.ok) {
    if (plan.message.startsWith('no node')) throw new InputError(`--from: ${plan.message}`);
  }
  const ca = v.probe ? await trusted(args) : undefined;
  const files = v['--configs'] === undefined ? undefined : await readConfigs(v['--configs']);

  const driftReport: DriftReport | null = files ? drift(topology, files) : null;
  let reach: Reachability | null = null;
  let planError: string | null = null;
  if (plan && !plan.ok) planError = plan.message;
  else if (plan) {
    const started = Date.now();
    const results = await runProbes(plan.probes, { ...options, ...(ca ? { ca } : {}) });
    const from = v['--from'] === undefined ? null : (plan.probes[0]?.from ?? v['--from']);
    reach = reachability(topology, results, from, Date.now() - started);
  }
  const driftOk = driftReport === null || (driftReport.ok && driftReport.clean);
  const ok = driftOk && planError === null && (reach === null || reach.ok);
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          ok,
          drift: driftReport,
          reachability: reach,
          ...(planError ? { probeError: planError } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    const names = new Map(topology.nodes.map((n) => [n.id, n.name]));
    const parts: string[] = [];
    if (driftReport) parts.push(formatDrift(driftReport));
    if (planError) parts.push(`Reachability not checked: ${planError}`);
    if (reach) parts.push(formatReachability(reach, names));
    io.out(parts.join('\n\n'));
  }
  return ok ? 0 : 1;
}
