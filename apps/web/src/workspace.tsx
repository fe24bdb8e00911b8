/** The designer's layout: toolbar, palette, canvas, inspector and preview, diagnostics; dialogs. */
import type { ApimVersion, Topology } from '@apim-designer/topology';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { Canvas } from './canvas/canvas.js';
import { loadCore } from './core/lazy-core.js';
import { Palette } from './canvas/palette.js';
import { DiagnosticsPanel } from './diagnostics/diagnostics-panel.js';
import type { ConfigImport } from './import-config/run-import.js';
import { Inspector } from './inspector/inspector.js';
import { PreviewPane } from './preview/preview-pane.js';
import { SettingsDialog } from './settings/settings-dialog.js';
import { ShareDialog } from './share/share-dialog.js';
import { useDesigner, useDesignerDispatch } from './state/designer-context.js';
import { useActions } from './state/use-actions.js';
import { useShortcuts } from './state/use-shortcuts.js';
import { Toolbar } from './toolbar/toolbar.js';
import { Dialog } from './ui/dialog.js';
import { useStatus } from './ui/status.js';
import { useCheck } from './verify/check-context.js';
import type { Theme } from './ui/theme.js';

// The importer, the diff view and fflate are loaded when first used.
const ImportDialogBody = lazy(() => import('./import-config/import-dialog-body.js'));
const VersionDialogBody = lazy(() => import('./versions/version-dialog-body.js'));
const CompareDialogBody = lazy(() => import('./versions/compare-dialog-body.js'));
const CheckDialogBody = lazy(() => import('./verify/check-dialog-body.js'));

type OpenDialog =
  | { readonly kind: 'settings' }
  | { readonly kind: 'share' }
  | { readonly kind: 'version'; readonly version: ApimVersion }
  | { readonly kind: 'import'; readonly result: ConfigImport }
  | { readonly kind: 'compare'; readonly fileName: string; readonly other: Topology }
  | { readonly kind: 'check' };

const LOADING = <p className="muted">Loading…</p>;

export function Workspace(props: { theme: Theme; onToggleTheme: () => void; banner?: ReactNode }) {
  const { topology, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const actions = useActions();
  const { notify } = useStatus();
  const check = useCheck();
  useShortcuts(actions, readOnly);
  const [open, setOpen] = useState<OpenDialog | null>(null);
  // A dialog's close event may arrive after another one was opened: close only its own.
  const close = (kind: OpenDialog['kind']) => () => setOpen((o) => (o?.kind === kind ? null : o));

  const importConfig = useCallback(
    (files: File[]) => {
      void import('./import-config/import-client.js')
        .then((m) => m.importInWorker(files))
        .then(
          (result) => setOpen({ kind: 'import', result }),
          (e: unknown) =>
            notify('error', 'The files could not be read.', [
              e instanceof Error ? e.message : String(e),
            ]),
        );
    },
    [notify],
  );

  const compare = async (file: File) => {
    const { readTopologyFile } = await loadCore();
    const res = await readTopologyFile(file);
    if (!res.ok) notify('error', res.title, res.details);
    else setOpen({ kind: 'compare', fileName: file.name, other: res.topology });
  };

  const version = open?.kind === 'version' ? open : null;
  const imported = open?.kind === 'import' ? open : null;
  const compared = open?.kind === 'compare' ? open : null;

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <h1>apim-designer</h1>
          <button
            type="button"
            className="topology-name"
            onClick={() => setOpen({ kind: 'settings' })}
            aria-label={`Topology settings: ${topology.name || 'untitled'}, WSO2 API Manager ${topology.apimVersion}`}
          >
            {topology.name || 'Untitled topology'}{' '}
            <span className="muted">· API-M {topology.apimVersion}</span>
          </button>
        </div>
        <Toolbar
          actions={actions}
          theme={props.theme}
          onToggleTheme={props.onToggleTheme}
          onSettings={() => setOpen({ kind: 'settings' })}
          onShare={() => setOpen({ kind: 'share' })}
          onImportConfig={importConfig}
          onCompare={(file) => void compare(file)}
          onCheckDeployment={() => setOpen({ kind: 'check' })}
        />
      </header>
      {props.banner}
      <main className="app-main">
        <Palette
          onAdd={(kind) => actions.add(kind)}
          disabled={readOnly}
          version={topology.apimVersion}
        />
        <div className="centre">
          <Canvas actions={actions} colorMode={props.theme} onImportConfig={importConfig} />
          <DiagnosticsPanel actions={actions} />
        </div>
        <aside className="side" aria-label="Details">
          <Inspector actions={actions} />
          <PreviewPane actions={actions} />
        </aside>
      </main>
      <SettingsDialog
        open={open?.kind === 'settings'}
        onClose={close('settings')}
        onPickVersion={(v) => setOpen({ kind: 'version', version: v })}
      />
      <ShareDialog open={open?.kind === 'share'} onClose={close('share')} />
      <Dialog
        title={`Switch to WSO2 API Manager ${version?.version ?? ''}?`}
        open={version !== null}
        onClose={close('version')}
        wide
      >
        {version && (
          <Suspense fallback={LOADING}>
            <VersionDialogBody
              topology={topology}
              version={version.version}
              onCancel={close('version')}
              onApply={(t) => {
                dispatch({ type: 'commit', topology: t });
                setOpen(null);
                notify('info', `Switched to API-M ${t.apimVersion}. Ctrl+Z goes back.`);
              }}
            />
          </Suspense>
        )}
      </Dialog>
      <Dialog title="Import configuration" open={imported !== null} onClose={close('import')} wide>
        {imported && (
          <Suspense fallback={LOADING}>
            <ImportDialogBody
              result={imported.result}
              onCancel={close('import')}
              onOpen={(t) => {
                setOpen(null);
                actions.load(t, `Imported ${t.nodes.length} nodes. Ctrl+Z goes back.`);
              }}
            />
          </Suspense>
        )}
      </Dialog>
      <Dialog
        title="Check a deployment"
        open={open?.kind === 'check'}
        onClose={close('check')}
        wide
      >
        <Suspense fallback={LOADING}>
          <CheckDialogBody
            topology={topology}
            showing={check.view !== null}
            onCancel={close('check')}
            onShow={(view) => {
              check.show(view);
              setOpen(null);
              notify(
                'info',
                view
                  ? 'The check is shown on the canvas: select a node or a connection for the details.'
                  : 'The check was cleared from the canvas.',
              );
            }}
          />
        </Suspense>
      </Dialog>
      <Dialog
        title={`Compare with ${compared?.fileName ?? 'a file'}`}
        open={compared !== null}
        onClose={close('compare')}
        wide
      >
        {compared && (
          <Suspense fallback={LOADING}>
            <CompareDialogBody
              topology={topology}
              other={compared.other}
              fileName={compared.fileName}
              onClose={close('compare')}
              onOpen={
                readOnly
                  ? undefined
                  : (t) => {
                      setOpen(null);
                      actions.load(t, `Opened ${compared.fileName}. Ctrl+Z goes back.`);
                    }
              }
            />
          </Suspense>
        )}
      </Dialog>
    </div>
  );
}
