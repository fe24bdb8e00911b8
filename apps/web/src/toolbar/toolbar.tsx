/**
 * File, edit and view commands, plus download and share, in one row: what does not fit goes into a
 * "More" menu, lowest priority first (toolbar-items.tsx lists them).
 */
import { useMutation } from '@tanstack/react-query';
import { useReactFlow } from '@xyflow/react';
import { bundleMutationOptions } from '../api/bundle.js';
import { ApiError } from '../api/http.js';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { useDesigner } from '../state/designer-context.js';
import { MenuButton } from '../ui/menu.js';
import { safeFileName, saveFile } from '../ui/save-file.js';
import { useStatus } from '../ui/status.js';
import { toolbarItems, type ToolbarProps } from './toolbar-items.js';
import { useOverflow } from './use-overflow.js';

/** Opens a hidden file input's picker. */
function pick(id: string): void {
  document.getElementById(id)?.click();
}

export function Toolbar(props: ToolbarProps) {
  const { topology, state, readOnly } = useDesigner();
  const feedback = useFeedback();
  const { notify } = useStatus();
  const rf = useReactFlow();
  const download = useMutation(bundleMutationOptions());
  const base = safeFileName(topology.name, 'topology');

  const onDownload = () =>
    download.mutate(topology, {
      onSuccess: (file) => {
        saveFile(file.blob, file.fileName);
        notify('info', `Downloaded ${file.fileName}.`);
      },
      onError: (e) => {
        const detail =
          e instanceof ApiError && !e.body.diagnostics
            ? (e.body.issues ?? []).map(
                (i) => `${typeof i.path === 'string' ? i.path : i.path.join('.')}: ${i.message}`,
              )
            : [];
        notify('error', `The bundle was not built: ${e.message}`, detail.slice(0, 3));
      },
    });

  const exportImage = (format: 'png' | 'svg') =>
    void import('./export-image.js')
      .then((m) => m.exportDiagram(rf.getNodes(), format, base))
      .catch(() => notify('error', `The ${format.toUpperCase()} export failed.`));

  const errors = feedback.diagnostics.filter((d) => d.severity === 'error').length;
  const items = toolbarItems({
    ...props,
    readOnly,
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    empty: topology.nodes.length === 0,
    downloading: download.isPending,
    blocked: feedback.pending ? 'checking' : errors > 0 ? errors : null,
    onDownload,
    exportImage,
    exportJson: () =>
      saveFile(
        new Blob([JSON.stringify(topology, null, 2) + '\n'], { type: 'application/json' }),
        `${base}.json`,
      ),
    pickTopology: () => pick('pick-topology'),
    pickConfig: () => pick('pick-config'),
    pickCompare: () => pick('pick-compare'),
  });
  const { container, hidden } = useOverflow(
    items.map((i) => i.key),
    (k) => items.find((i) => i.key === k)?.priority ?? 0,
  );
  const overflow = items.filter((i) => hidden.has(i.key));

  return (
    <div className="toolbar" role="toolbar" aria-label="Designer" ref={container}>
      {items
        .filter((i) => !hidden.has(i.key))
        .map((i) => (
          <div key={i.key} data-tool={i.key} className="tool">
            {i.inline}
          </div>
        ))}
      {overflow.length > 0 && (
        <MenuButton
          label="More"
          ariaLabel="More commands"
          className="tool-more"
          groups={overflow.flatMap((i) => i.menu)}
        />
      )}
      <input
        id="pick-topology"
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label="Import topology.json"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void props.actions.importFile(file);
          e.target.value = '';
        }}
      />
      <input
        id="pick-config"
        type="file"
        multiple
        accept=".toml,.zip,application/zip,application/toml"
        className="visually-hidden"
        aria-label="Import deployment.toml files or a zip"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) props.onImportConfig(files);
          e.target.value = '';
        }}
      />
      <input
        id="pick-compare"
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label="Compare with topology.json"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onCompare(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
