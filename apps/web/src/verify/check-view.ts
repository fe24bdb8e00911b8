/**
 * The canvas's view of a check: the core's drift report (and, when dropped in, the reachability of
 * `apim-designer verify --probe --json`) as a tone and lines per node and per edge.
 */
import type { DriftFinding, DriftNode, DriftReport, Topology } from '@apim-designer/topology';
import { z } from 'zod';
import { edgeId } from '../model/edits.js';
import type { CheckLine, CheckTone, CheckView, ElementCheck } from './check-context.js';

/** What `apim-designer verify --probe --json` says per edge (its `reachability.edges`). */
export const EdgeReach = z.object({
  edge: z.object({ index: z.number().int().nonnegative(), id: z.string().optional() }),
  status: z.string(),
  detail: z.string(),
  probes: z.number().optional(),
});
export type EdgeReach = z.infer<typeof EdgeReach>;

/** The parts of a saved `verify --json` output the designer reads. */
export const VerifyJson = z.object({
  reachability: z
    .object({ from: z.string().nullable().optional(), edges: z.array(EdgeReach) })
    .nullable()
    .optional(),
});

type DriftOk = Extract<DriftReport, { ok: true }>;

const TONES: Readonly<Record<DriftNode['status'], CheckTone>> = {
  ok: 'ok',
  drift: 'drift',
  warning: 'warning',
  'no-file': 'missing',
  unreadable: 'unreadable',
};

const TYPE_WORDS: Readonly<Record<DriftFinding['type'], string>> = {
  missing: 'missing',
  extra: 'extra',
  changed: 'changed',
  'not-in-design': 'not in the design',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function findingLine(f: DriftFinding, node?: string): CheckLine {
  const detail = [
    ...(f.design !== undefined ? [`design: ${f.design}`] : []),
    ...(f.live !== undefined ? [`live: ${f.live}`] : []),
    ...(f.breaks ? [`breaks: ${f.breaks}`] : []),
  ];
  return {
    severity: f.severity,
    text: `${node ? `${node}: ` : ''}${f.key} ${TYPE_WORDS[f.type]}`,
    ...(detail.length > 0 ? { detail } : {}),
  };
}

export function nodeSummary(n: DriftNode): string {
  const errors = n.findings.filter((f) => f.severity === 'error').length;
  const warnings = n.findings.filter((f) => f.severity === 'warning').length;
  const infos = n.findings.length - errors - warnings;
  switch (n.status) {
    case 'no-file':
      return 'no live file';
    case 'unreadable':
      return 'live file unreadable';
    case 'ok':
      return infos > 0 ? `as designed (${infos} key(s) not in the design)` : 'as designed';
    default:
      return [
        errors ? plural(errors, 'error') : '',
        warnings ? plural(warnings, 'warning') : '',
        infos ? `${infos} not in the design` : '',
      ]
        .filter(Boolean)
        .join(', ');
  }
}

const RANK: Readonly<Record<CheckTone, number>> = {
  ok: 0,
  missing: 1,
  warning: 2,
  drift: 3,
  unreadable: 3,
  unreachable: 4,
};

function worse(a: ElementCheck | undefined, b: ElementCheck): ElementCheck {
  if (!a) return b;
  const top = RANK[b.tone] > RANK[a.tone] ? b : a;
  return {
    tone: top.tone,
    summary: top.summary,
    lines: [...a.lines, ...b.lines],
  };
}

export function checkView(
  topology: Topology,
  drift: DriftOk | null,
  reach: readonly EdgeReach[] | null,
  source: string,
): CheckView {
  const nodes = new Map<string, ElementCheck>();
  const edges = new Map<string, ElementCheck>();
  const ids = topology.edges.map((e, i) => edgeId(e, i));
  const names = new Map(topology.nodes.map((n) => [n.id, n.name]));
  if (drift) {
    const compared = new Set<string>();
    for (const n of drift.nodes) {
      nodes.set(n.nodeId, {
        tone: TONES[n.status],
        summary: nodeSummary(n),
        lines: [
          {
            severity: n.status === 'no-file' ? 'warning' : 'info',
            text:
              n.files.length > 0
                ? `live file: ${n.files.join(', ')}`
                : (n.matchDetail ?? 'no live file'),
            ...(n.files.length > 0 && n.matchDetail
              ? { detail: [`matched by ${n.matchDetail}`] }
              : {}),
          },
          ...n.findings.map((f) => findingLine(f)),
        ],
      });
      if (n.status !== 'no-file' && n.status !== 'unreadable') compared.add(n.nodeId);
      for (const f of n.findings) {
        if (f.severity === 'info') continue;
        for (const ref of f.edges) {
          const id = ids[ref.index];
          if (id === undefined) continue;
          edges.set(
            id,
            worse(edges.get(id), {
              tone: f.severity === 'error' ? 'drift' : 'warning',
              summary: `${names.get(n.nodeId) ?? n.nodeId}: ${f.key} ${TYPE_WORDS[f.type]}`,
              lines: [findingLine(f, names.get(n.nodeId) ?? n.nodeId)],
            }),
          );
        }
      }
    }
    // An edge with a compared end and nothing said against it is as designed.
    topology.edges.forEach((e, i) => {
      const id = ids[i];
      if (id === undefined || edges.has(id)) return;
      if (compared.has(e.source) || compared.has(e.target))
        edges.set(id, { tone: 'ok', summary: 'as designed', lines: [] });
    });
  }
  for (const r of reach ?? []) {
    const id = ids[r.edge.index];
    if (id === undefined) continue;
    const reached = r.status === 'reached';
    edges.set(
      id,
      worse(edges.get(id), {
        tone: reached ? 'ok' : 'unreachable',
        summary: reached ? 'reached' : r.status,
        lines: [
          {
            severity: reached ? 'info' : 'error',
            text: `reachability: ${r.status}`,
            detail: [r.detail],
          },
        ],
      }),
    );
  }
  return { source, design: topology, nodes, edges };
}

export function summaryOf(drift: DriftOk): string {
  const { counts } = drift;
  const by = (s: DriftNode['status']) => drift.nodes.filter((n) => n.status === s).length;
  return [
    `${plural(drift.nodes.length, 'node')} checked against WSO2 API Manager ${drift.apimVersion}`,
    `${by('drift')} drift${by('drift') === 1 ? 's' : ''}`,
    `${by('ok')} as designed`,
    ...(by('no-file') ? [`${by('no-file')} without a file`] : []),
    ...(by('unreadable') ? [`${by('unreadable')} unreadable`] : []),
    `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} not in the design`,
  ].join('; ');
}
