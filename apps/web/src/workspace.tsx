/** The designer's layout: toolbar, palette, canvas, inspector and preview, diagnostics; dialogs. */
import type { ApimVersion, Topology } from '@apim-designer/topology';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { Canvas } from './canvas/canvas.js';
import { loadCore } from './core/lazy-core.js';
import { Palette } from './canvas/palette.js';
import { useFeedback } from './diagnostics/diagnostics-context.js';
import { DiagnosticsPanel } from './diagnostics/diagnostics-panel.js';
import { DiagnosticsDock, SideDock, TabDock, type DockTab } from './layout/docks.js';
import { usePanels } from './layout/panel-sizes.js';
import { useLayoutMode } from './layout/use-layout-mode.js';
import { TemplateConfirm } from './toolbar/template-confirm.js';
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
  | { readonly kind: 'settings'; readonly focus?: readonly (string | number)[] }
  | { readonly kind: 'template'; readonly id: string }
  | { readonly kind: 'share' }
  | { readonly kind: 'version'; readonly version: ApimVersion }
  | { readonly kind: 'import'; readonly result: ConfigImport }
  | { readonly kind: 'compare'; readonly fileName: string; readonly other: Topology }
  | { readonly kind: 'check' };

const LOADING = <p className="muted">Loading…</p>;

/** The Diagnostics tab's badge: errors and warnings, short enough for a phone. */
function problemCount(list: readonly { severity: string }[]): string {
  const n = list.filter((d) => d.severity !== 'info').length;
  return n === 0 ? '' : `(${n})`;
}

/** The settings form's field for a diagnostic's path (its label), to focus when Settings opens. */
const SETTING_LABELS: Record<string, string> = {
  'settings.superAdmin.password': 'Admin password',
  'settings.superAdmin.username': 'Admin username',
  'settings.keystore.password': 'Keystore password',
  'settings.keystore.keyPassword': 'Key password',
  'settings.truststore.password': 'Truststore password',
  'settings.primaryKeystore': 'A primary keystore of its own',
  'settings.primaryKeystore.password': 'Primary keystore password',
  'settings.primaryKeystore.keyPassword': 'Primary key password',
  'settings.encryptionKey': 'Encryption key',
};

/** Focuses the labelled field once the (lazy) settings form is there. */
function focusLabelled(label: string, tries = 30): void {
  const el = [...document.querySelectorAll('dialog[open] label')].find(
    (l) => l.textContent === label,
  );
  const field = el instanceof HTMLLabelElement ? el.control : null;
  if (field instanceof HTMLElement) field.focus();
  else if (tries > 0) requestAnimationFrame(() => focusLabelled(label, tries - 1));
}

export function Workspace(props: { theme: Theme; onToggleTheme: () => void; banner?: ReactNode }) {
  const { topology, readOnly, state } = useDesigner();
  const dispatch = useDesignerDispatch();
  const actions = useActions();
  const { notify } = useStatus();
  const check = useCheck();
  const feedback = useFeedback();
  const mode = useLayoutMode();
  const [panels, updatePanels] = usePanels();
  const [tab, setTab] = useState<DockTab>('inspector');
  useShortcuts(actions, readOnly);
  const [open, setOpen] = useState<OpenDialog | null>(null);
  // A dialog's close event may arrive after another one was opened: close only its own.
  const close = (kind: OpenDialog['kind']) => () => setOpen((o) => (o?.kind === kind ? null : o));

  // In the dock of tabs, selecting one node shows its inspector.
  const selected = state.selection.nodes.length === 1 ? state.selection.nodes[0] : undefined;
  const [seenSelected, setSeenSelected] = useState(selected);
  if (seenSelected !== selected) {
    setSeenSelected(selected);
    if (selected !== undefined && tab === 'diagnostics') setTab('inspector');
  }

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

  const loadTemplate = async (id: string) => {
    const { TEMPLATES } = await loadCore();
    const t = TEMPLATES.find((x) => x.id === id);
    if (!t) return;
    const { layoutTopology } = await import('./model/layout.js');
    actions.load(await layoutTopology(await t.load()), `Loaded “${t.label}”. Ctrl+Z goes back.`);
  };
  // A template replaces the canvas: asked first unless the canvas is empty.
  const pickTemplate = (id: string) => {
    if (topology.nodes.length === 0) void loadTemplate(id);
    else setOpen({ kind: 'template', id });
  };

  const openSettings = (path?: readonly (string | number)[]) => {
    setOpen({ kind: 'settings', ...(path ? { focus: path } : {}) });
    const label = path ? SETTING_LABELS[path.join('.')] : undefined;
    if (label) requestAnimationFrame(() => focusLabelled(label));
  };

  const showDiagnostics = () => {
    if (mode === 'wide') updatePanels({ diagnosticsOpen: true });
    else {
      setTab('diagnostics');
      updatePanels({ bottomOpen: true });
    }
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>('.diagnostics .panel-title button, .diagnostics')
        ?.focus(),
    );
  };

  const version = open?.kind === 'version' ? open : null;
  const imported = open?.kind === 'import' ? open : null;
  const compared = open?.kind === 'compare' ? open : null;
  const template = open?.kind === 'template' ? open : null;

  const inspector = <Inspector actions={actions} />;
  const preview = <PreviewPane actions={actions} />;
  const diagnostics = (fold?: { open: boolean; onToggle: () => void }) => (
    <DiagnosticsPanel actions={actions} onOpenSettings={openSettings} {...(fold ? { fold } : {})} />
  );

  return (
    <div className="app" data-layout={mode}>
      <a
        className="skip-link"
        href="#canvas"
        onClick={(e) => {
          e.preventDefault();
          const first = document.querySelector<HTMLElement>('.react-flow__node[tabindex]');
          (first ?? document.getElementById('canvas'))?.focus();
        }}
      >
        Skip to canvas
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <h1>apim-designer</h1>
          <button
            type="button"
            className="topology-name"
            onClick={() => openSettings()}
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
          onSettings={() => openSettings()}
          onShare={() => setOpen({ kind: 'share' })}
          onTemplate={pickTemplate}
          onImportConfig={importConfig}
          onCompare={(file) => void compare(file)}
          onCheckDeployment={() => setOpen({ kind: 'check' })}
          onShowDiagnostics={showDiagnostics}
        />
      </header>
      {props.banner}
      {mode === 'phone' && (
        <p className="phone-note" role="note">
          A read-only view: editing needs a screen at least 640 px wide.
        </p>
      )}
      <main className="app-main">
        {mode !== 'phone' && (
          <Palette
            onAdd={(kind) => actions.add(kind)}
            disabled={readOnly}
            version={topology.apimVersion}
          />
        )}
        <div className="centre">
          <Canvas actions={actions} colorMode={props.theme} onImportConfig={importConfig} />
          {mode === 'wide' ? (
            <DiagnosticsDock panels={panels} update={updatePanels}>
              {(fold) => diagnostics(fold)}
            </DiagnosticsDock>
          ) : (
            <TabDock
              panels={panels}
              update={updatePanels}
              tab={tab}
              onTab={setTab}
              badge={feedback.pending ? '' : problemCount(feedback.diagnostics)}
              content={{ inspector, preview, diagnostics: diagnostics() }}
            />
          )}
        </div>
        {mode === 'wide' && (
          <SideDock panels={panels} update={updatePanels} inspector={inspector} preview={preview} />
        )}
      </main>
      <TemplateConfirm
        id={template?.id ?? null}
        topology={topology}
        onCancel={close('template')}
        onReplace={(id) => {
          setOpen(null);
          void loadTemplate(id);
        }}
      />
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
