/** File, edit and view commands, plus download and share. */
import { useMutation } from '@tanstack/react-query';
import { useReactFlow } from '@xyflow/react';
import { useRef } from 'react';
import { bundleMutationOptions } from '../api/bundle.js';
import { ApiError } from '../api/http.js';
import { loadCore } from '../core/lazy-core.js';
import { TEMPLATE_LIST } from '../model/template-list.js';
import { useDesigner } from '../state/designer-context.js';
import type { Actions } from '../state/use-actions.js';
import { safeFileName, saveFile } from '../ui/save-file.js';
import { useStatus } from '../ui/status.js';
import type { Theme } from '../ui/theme.js';

export function Toolbar(props: {
  actions: Actions;
  theme: Theme;
  onToggleTheme: () => void;
  onSettings: () => void;
  onShare: () => void;
  onImportConfig: (files: File[]) => void;
  onCompare: (file: File) => void;
  onCheckDeployment: () => void;
}) {
  const { actions } = props;
  const { topology, state, readOnly } = useDesigner();
  const { notify } = useStatus();
  const rf = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const configInput = useRef<HTMLInputElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const download = useMutation(bundleMutationOptions());
  const base = safeFileName(topology.name, 'topology');

  const onDownload = () =>
    download.mutate(topology, {
      onSuccess: (file) => {
        saveFile(file.blob, file.fileName);
        notify('info', `Downloaded ${file.fileName}.`);
      },
      onError: (e) => {
        const details =
          e instanceof ApiError
            ? [
                ...(e.body.diagnostics ?? [])
                  .filter((d) => d.severity === 'error')
                  .map((d) => d.message),
                ...(e.body.diagnostics ? [] : (e.body.issues ?? [])).map(
                  (i) => `${typeof i.path === 'string' ? i.path : i.path.join('.')}: ${i.message}`,
                ),
              ]
            : [];
        notify('error', `The bundle was not built: ${e.message}`, details.slice(0, 6));
      },
    });

  const exportImage = (format: 'png' | 'svg') =>
    void import('./export-image.js')
      .then((m) => m.exportDiagram(rf.getNodes(), format, base))
      .catch(() => notify('error', `The ${format.toUpperCase()} export failed.`));

  return (
    <div className="toolbar" role="toolbar" aria-label="Designer">
      {!readOnly && (
        <div className="tool-group">
          <select
            aria-label="Start from a template"
            value=""
            onChange={(e) => {
              const id = e.target.value;
              void loadCore().then(async ({ TEMPLATES }) => {
                const t = TEMPLATES.find((x) => x.id === id);
                if (t) actions.load(await t.load(), `Loaded “${t.label}”. Ctrl+Z goes back.`);
              });
            }}
          >
            <option value="">Templates…</option>
            {TEMPLATE_LIST.map((t) => (
              <option key={t.id} value={t.id} title={t.description}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={actions.undo}
            disabled={state.history.past.length === 0}
            title="Ctrl+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={actions.redo}
            disabled={state.history.future.length === 0}
            title="Ctrl+Shift+Z"
          >
            Redo
          </button>
          <button
            type="button"
            onClick={() => void actions.autoLayout()}
            disabled={topology.nodes.length === 0}
          >
            Auto-layout
          </button>
        </div>
      )}
      <div className="tool-group">
        {!readOnly && (
          <>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Import
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              aria-label="Import topology.json"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void actions.importFile(file);
                e.target.value = '';
              }}
            />
            <button type="button" onClick={() => configInput.current?.click()}>
              Import configuration…
            </button>
            <input
              ref={configInput}
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
          </>
        )}
        <button type="button" onClick={() => compareInput.current?.click()}>
          Compare with file…
        </button>
        <button type="button" onClick={props.onCheckDeployment}>
          Check a deployment…
        </button>
        <input
          ref={compareInput}
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
        <button
          type="button"
          aria-label="Export topology.json"
          onClick={() =>
            saveFile(
              new Blob([JSON.stringify(topology, null, 2) + '\n'], { type: 'application/json' }),
              `${base}.json`,
            )
          }
        >
          Export JSON
        </button>
        <button type="button" aria-label="Export diagram as PNG" onClick={() => exportImage('png')}>
          PNG
        </button>
        <button type="button" aria-label="Export diagram as SVG" onClick={() => exportImage('svg')}>
          SVG
        </button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={props.onSettings}>
          Settings
        </button>
        <button
          type="button"
          aria-label={props.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          onClick={props.onToggleTheme}
        >
          {props.theme === 'dark' ? 'Light' : 'Dark'}
        </button>
        <button type="button" onClick={props.onShare}>
          Share
        </button>
        <button
          type="button"
          className="primary"
          onClick={onDownload}
          disabled={download.isPending}
        >
          {download.isPending ? 'Building…' : 'Download bundle'}
        </button>
      </div>
    </div>
  );
}
