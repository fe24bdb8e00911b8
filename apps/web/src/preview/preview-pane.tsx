/**
 * The selected node's file (deployment.toml; nginx.conf for a load balancer; XML fragments on 2.x;
 * on the helm target, its chart release's values), regenerated as you edit, also while the topology
 * has errors; and the bundle's file list for the chosen deploy target, where a file of no node
 * (compose.yaml, install.sh, …) opens in the same view.
 */
import type { Node } from '@apim-designer/topology';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useCore } from '../core/lazy-core.js';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { useDesigner } from '../state/designer-context.js';
import { useDeployTarget } from '../state/target-context.js';
import type { Actions } from '../state/use-actions.js';
import { useStatus } from '../ui/status.js';

const CodeView = lazy(() => import('./code-view.js'));

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function PreviewPane(props: { actions: Actions }) {
  const { topology, state } = useDesigner();
  const feedback = useFeedback();
  const core = useCore();
  const { notify } = useStatus();
  const { target } = useDeployTarget();
  const [copied, setCopied] = useState(false);
  const selected = state.selection.nodes.length === 1 ? state.selection.nodes[0] : undefined;
  const node: Node | undefined = topology.nodes.find((n) => n.id === selected);
  // A file of the list opened by hand, until the selection changes.
  const [opened, setOpened] = useState<{ path: string; selected: string | undefined } | null>(null);
  // From the document the diagnostics were computed from, so the two always agree.
  const nodeFile = useMemo(
    () =>
      selected === undefined || !core
        ? null
        : core.previewNode(feedback.topology, selected, target),
    [core, feedback.topology, selected, target],
  );
  const { files } = feedback;
  const openedFile =
    opened && opened.selected === selected
      ? (files?.find((f) => f.path === opened.path) ?? null)
      : null;
  const file = openedFile ?? nodeFile;
  const errorCount = feedback.diagnostics.filter((d) => d.severity === 'error').length;
  // Which node owns each file: from the document the files were rendered from, once per render
  // (not per file and node, nor on every drag step).
  const owners = useMemo(() => {
    const map = new Map<string, Node>();
    const t = feedback.topology;
    if (!core) return map;
    for (const n of t.nodes) {
      const path = core.isApimNode(n) ? core.configPath(n, t.apimVersion) : null;
      if (path !== null && !map.has(path)) map.set(path, n);
    }
    return map;
  }, [core, feedback.topology]);
  const ownerOf = (p: string) => owners.get(p);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      notify('error', 'Could not copy to the clipboard.', ['Select the text and copy it instead.']);
    }
  };

  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="panel-title">
        Preview
      </h2>
      {!feedback.pending && !feedback.ok && (
        <p className="notice" data-tone="error">
          The bundle is refused until the {errorCount} error{errorCount === 1 ? ' is' : 's are'}{' '}
          fixed (see Diagnostics).{file ? ' The preview shows the file as it stands.' : ''}
        </p>
      )}
      {file ? (
        <div className="file-view">
          <div className="file-head">
            <code className="file-path">{file.path}</code>
            <button type="button" onClick={() => void copy(file.contents)}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <Suspense fallback={<pre className="code">{file.contents}</pre>}>
            <CodeView
              code={file.contents}
              path={file.path}
              label={
                openedFile || !node ? baseName(file.path) : `${baseName(file.path)} of ${node.name}`
              }
            />
          </Suspense>
        </div>
      ) : (
        <p className="muted">
          {node
            ? `${node.name} has no file of its own yet; it is configured through the nodes it serves.`
            : 'Select a node to see its file, or open one of the bundle below.'}
        </p>
      )}
      {files && (
        <>
          <h3>Bundle files ({files.length})</h3>
          <ul className="file-list" aria-label="Bundle files">
            {files.map((f) => {
              const owner = ownerOf(f.path);
              return (
                <li key={f.path}>
                  {owner ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-current={owner.id === selected ? 'true' : undefined}
                      onClick={() => props.actions.focusNode(owner.id)}
                    >
                      {f.path}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-current={openedFile?.path === f.path ? 'true' : undefined}
                      onClick={() => setOpened({ path: f.path, selected })}
                    >
                      {f.path}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
