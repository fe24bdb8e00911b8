/** The verify report as tables for a terminal. */
import type { DriftReport } from '@apim-designer/topology';
import type { Reachability } from './reach-report.js';

/** Columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((row) =>
      row
        .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const STATUS: Readonly<Record<string, string>> = {
  ok: 'ok',
  drift: 'DRIFT',
  warning: 'warning',
  'no-file': 'no file',
  unreadable: 'UNREADABLE',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatDrift(report: DriftReport): string {
  if (!report.ok)
    return [
      `Drift not checked: ${report.message}`,
      ...report.diagnostics.map((d) => `  error ${d.code}: ${d.message}`),
    ].join('\n');
  const { counts } = report;
  const out = [
    `Drift against the design (API-M ${report.apimVersion}): ${plural(report.nodes.length, 'node')}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.infos} not in the design.`,
    '',
    table([
      ['NODE', 'STATUS', 'FILE', 'MATCHED BY'],
      ...report.nodes.map((n) => [
        n.name,
        STATUS[n.status] ?? n.status,
        n.files.join(', ') || '—',
        n.matchDetail ?? '',
      ]),
    ]),
  ];
  for (const n of report.nodes) {
    if (n.findings.length === 0) continue;
    out.push('', `${n.name} (${n.files.join(', ')}):`);
    for (const f of n.findings) {
      const type = f.type === 'not-in-design' ? 'not in the design' : f.type;
      out.push(`  ${f.severity.padEnd(7)} ${type.padEnd(17)} ${f.key}`);
      if (f.design !== undefined) out.push(`            design: ${f.design}`);
      if (f.live !== undefined) out.push(`            live:   ${f.live}`);
      if (f.breaks) out.push(`            breaks: ${f.breaks}`);
    }
  }
  if (report.unmatched.length > 0)
    out.push(
      '',
      `Files that match no node (${report.unmatched.length}):`,
      ...report.unmatched.map((u) => `  ${u.path}: ${u.why}`),
    );
  if (report.errors.length > 0)
    out.push(
      '',
      `Files that could not be read (${report.errors.length}):`,
      ...report.errors.map(
        (e) =>
          `  ${[e.file, e.line, e.column].filter((p) => p !== undefined).join(':')}: ${e.message}`,
      ),
    );
  if (report.notes.length > 0) out.push('', 'Notes:', ...report.notes.map((n) => `  ${n}`));
  return out.join('\n');
}

export function formatReachability(r: Reachability, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const reached = r.edges.filter((e) => e.status === 'reached').length;
  const out = [
    `Reachability from this machine${r.from ? `, as node ${name(r.from)} sees it` : ''}: ${plural(r.probes.length, 'probe')} in ${(r.ms / 1000).toFixed(1)} s; ${reached} of ${plural(r.edges.length, 'edge')} reached.`,
    '',
    table([
      ['EDGE', 'FROM', 'TO', 'ENDPOINT', 'CHECK', 'RESULT', 'DETAIL'],
      ...r.probes.map((p) => {
        const edge = r.edges.find((e) => e.edge.index === p.probe.edge.index);
        return [
          edge ? `${name(edge.source)} — ${name(edge.target)}` : String(p.probe.edge.index),
          name(p.probe.from),
          name(p.probe.to),
          `${p.probe.host}:${p.probe.port}`,
          `${p.probe.protocol}${p.probe.required ? '' : ' (shown only)'}`,
          p.status,
          `${p.detail} (${p.ms} ms)`,
        ];
      }),
    ]),
    '',
    'Per edge:',
    table(
      r.edges.map((e) => [
        `  ${name(e.source)} — ${name(e.target)}`,
        e.status,
        e.detail +
          (e.optionalFailed > 0
            ? `; ${e.optionalFailed} address(es) shown to API consumers did not answer`
            : ''),
      ]),
    ),
  ];
  return out.join('\n');
}
