/** Unified diffs per file, grouped by node: added lines green, removed red, each file collapsible. */
import type { FileDiff } from '@apim-designer/topology';
import { useState } from 'react';
import type { FileGroup } from './changes.js';

const CHANGE_WORDS: Record<FileDiff['change'], string> = {
  added: 'new file',
  removed: 'removed',
  changed: 'changed',
};

function lineKind(line: string): 'add' | 'del' | 'hunk' | 'head' | 'ctx' {
  if (line.startsWith('+++') || line.startsWith('---')) return 'head';
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'add';
  if (line.startsWith('-')) return 'del';
  return 'ctx';
}

function UnifiedDiff(props: { diff: FileDiff }) {
  const lines = props.diff.unified.replace(/\n$/, '').split('\n');
  return (
    <pre className="code diff" tabIndex={0} aria-label={`Diff of ${props.diff.path}`}>
      <code className="diff-lines">
        {lines.map((line, i) => (
          <span key={i} className="diff-line" data-line={lineKind(line)}>
            {line}
          </span>
        ))}
      </code>
    </pre>
  );
}

export function DiffView(props: { groups: readonly FileGroup[] }) {
  const all = props.groups.flatMap((g) => g.files.map((f) => f.path));
  // A few files open at once; more start folded, with one button to open them all.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(all.length <= 3 ? all : []));
  const toggle = (path: string, on: boolean) =>
    setOpen((s) => {
      if (s.has(path) === on) return s;
      const next = new Set(s);
      if (on) next.add(path);
      else next.delete(path);
      return next;
    });
  if (all.length === 0) return <p className="muted">No file changes.</p>;
  return (
    <div className="diff-view">
      <div className="row">
        <button type="button" onClick={() => setOpen(new Set(all))}>
          Expand all
        </button>
        <button type="button" onClick={() => setOpen(new Set())}>
          Collapse all
        </button>
      </div>
      {props.groups.map((g) => (
        <section key={g.node ?? ''} className="diff-group" aria-label={g.node ?? 'Shared files'}>
          <h3>{g.node ?? 'Shared files'}</h3>
          {g.files.map((f) => (
            <details
              key={f.path}
              className="diff-file"
              open={open.has(f.path)}
              onToggle={(e) => toggle(f.path, e.currentTarget.open)}
            >
              <summary>
                <code className="file-path">{f.path}</code>{' '}
                <span className="muted">{CHANGE_WORDS[f.change]}</span>{' '}
                <span className="diff-count" aria-label={`${f.added} added, ${f.removed} removed`}>
                  <span data-line="add">+{f.added}</span> <span data-line="del">−{f.removed}</span>
                </span>
              </summary>
              {open.has(f.path) && <UnifiedDiff diff={f} />}
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
