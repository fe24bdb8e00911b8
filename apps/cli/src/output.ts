import type { Diagnostic } from '@apim-designer/topology';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

export function formatDiagnostics(list: readonly Diagnostic[]): string {
  if (list.length === 0) return 'No problems found.';
  const counts = ['error', 'warning', 'info'].map(
    (s) => `${list.filter((d) => d.severity === s).length} ${s}(s)`,
  );
  const lines = list.map((d) => `${d.severity.padEnd(7)} ${d.code}: ${d.message}`);
  return `${lines.join('\n')}\n\n${counts.join(', ')}`;
}
