/** The designer's layout: toolbar, palette, canvas, inspector and preview, diagnostics. */
import { useState, type ReactNode } from 'react';
import { Canvas } from './canvas/canvas.js';
import { Palette } from './canvas/palette.js';
import { DiagnosticsPanel } from './diagnostics/diagnostics-panel.js';
import { Inspector } from './inspector/inspector.js';
import { PreviewPane } from './preview/preview-pane.js';
import { SettingsDialog } from './settings/settings-dialog.js';
import { ShareDialog } from './share/share-dialog.js';
import { useDesigner } from './state/designer-context.js';
import { useActions } from './state/use-actions.js';
import { useShortcuts } from './state/use-shortcuts.js';
import { Toolbar } from './toolbar/toolbar.js';
import type { Theme } from './ui/theme.js';

export function Workspace(props: { theme: Theme; onToggleTheme: () => void; banner?: ReactNode }) {
  const { topology, readOnly } = useDesigner();
  const actions = useActions();
  useShortcuts(actions, readOnly);
  const [dialog, setDialog] = useState<'settings' | 'share' | null>(null);
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
            onClick={() => setDialog('settings')}
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
          onSettings={() => setDialog('settings')}
          onShare={() => setDialog('share')}
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
          <Canvas actions={actions} colorMode={props.theme} />
          <DiagnosticsPanel actions={actions} />
        </div>
        <aside className="side" aria-label="Details">
          <Inspector actions={actions} />
          <PreviewPane actions={actions} />
        </aside>
      </main>
      <SettingsDialog open={dialog === 'settings'} onClose={() => setDialog(null)} />
      <ShareDialog open={dialog === 'share'} onClose={() => setDialog(null)} />
    </div>
  );
}
