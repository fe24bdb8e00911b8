/** Probe results per edge: reached when every required probe of the edge reached its endpoint. */
import type { EdgeRefOut, Topology } from '@apim-designer/topology';
import type { ProbeResult, ProbeStatus } from './probe-run.js';

export interface EdgeReach {
  readonly edge: EdgeRefOut;
  readonly source: string;
  readonly target: string;
  /** `reached`, or the first failure of a required probe. */
  readonly status: ProbeStatus;
  readonly probes: number;
  /** Required probes that did not reach their endpoint. */
  readonly failed: number;
  /** Probes of addresses only shown to API consumers that did not answer (not a failure). */
  readonly optionalFailed: number;
  readonly detail: string;
}

export interface Reachability {
  readonly from: string | null;
  readonly ms: number;
  readonly probes: readonly ProbeResult[];
  readonly edges: readonly EdgeReach[];
  /** Every required probe reached its endpoint. */
  readonly ok: boolean;
}

export function reachability(
  topology: Topology,
  results: readonly ProbeResult[],
  from: string | null,
  ms: number,
): Reachability {
  const byEdge = new Map<number, ProbeResult[]>();
  for (const r of results)
    byEdge.set(r.probe.edge.index, [...(byEdge.get(r.probe.edge.index) ?? []), r]);
  const edges = [...byEdge.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]): EdgeReach => {
      const e = topology.edges[index];
      const required = list.filter((r) => r.probe.required);
      const failures = required.filter((r) => r.status !== 'reached');
      const first = failures[0];
      return {
        edge: list[0]?.probe.edge ?? { index },
        source: e?.source ?? '?',
        target: e?.target ?? '?',
        status: first?.status ?? 'reached',
        probes: list.length,
        failed: failures.length,
        optionalFailed: list.filter((r) => !r.probe.required && r.status !== 'reached').length,
        detail: first
          ? `${first.probe.host}:${first.probe.port}: ${first.detail}`
          : `${required.length} required endpoint(s) reached`,
      };
    });
  return {
    from,
    ms,
    probes: results,
    edges,
    ok: results.every((r) => !r.probe.required || r.status === 'reached'),
  };
}
