/**
 * The toolbar's items in their order on screen, each with its priority (higher stays in the row
 * longer) and the form it takes in the "More" menu. Accessible names are the same in both forms.
 */
import type { ReactNode } from 'react';
import { TEMPLATE_LIST } from '../model/template-list.js';
import { MenuButton, type MenuGroup } from '../ui/menu.js';
import type { Actions } from '../state/use-actions.js';
import type { Theme } from '../ui/theme.js';
import { TargetSelect } from './target-select.js';

export interface ToolbarProps {
  actions: Actions;
  theme: Theme;
  onToggleTheme: () => void;
  onSettings: () => void;
  onShare: () => void;
  onTemplate: (id: string) => void;
  onImportConfig: (files: File[]) => void;
  onCompare: (file: File) => void;
  onShowDiagnostics: () => void;
  onCheckDeployment: () => void;
}

export interface ToolItem {
  readonly key: string;
  readonly priority: number;
  readonly inline: ReactNode;
  readonly menu: readonly MenuGroup[];
}

interface Inputs extends ToolbarProps {
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  empty: boolean;
  downloading: boolean;
  /** Why Download is off: the core is still checking, or the number of errors; null when it is on. */
  blocked: 'checking' | number | null;
  onDownload: () => void;
  exportImage: (format: 'png' | 'svg') => void;
  exportJson: () => void;
  pickTopology: () => void;
  pickConfig: () => void;
  pickCompare: () => void;
}

const one = (label: string, onSelect: () => void, disabled = false, hint?: string): MenuGroup[] => [
  { label, items: [{ label, onSelect, disabled, ...(hint ? { hint } : {}) }] },
];

export function toolbarItems(p: Inputs): ToolItem[] {
  const edit = !p.readOnly;
  const templates: MenuGroup = {
    label: 'Templates',
    items: TEMPLATE_LIST.map((t) => ({ label: t.label, onSelect: () => p.onTemplate(t.id) })),
  };
  const imports: MenuGroup = {
    label: 'Import',
    items: [
      ...(edit
        ? [
            { label: 'Import topology.json…', onSelect: p.pickTopology },
            { label: 'Import configuration…', onSelect: p.pickConfig },
          ]
        : []),
      { label: 'Compare with file…', onSelect: p.pickCompare },
      { label: 'Check a deployment…', onSelect: p.onCheckDeployment },
    ],
  };
  const exports: MenuGroup = {
    label: 'Export',
    items: [
      { label: 'Export topology.json', onSelect: p.exportJson },
      { label: 'Export diagram as PNG', onSelect: () => p.exportImage('png'), disabled: p.empty },
      { label: 'Export diagram as SVG', onSelect: () => p.exportImage('svg'), disabled: p.empty },
    ],
  };
  const themeLabel = p.theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  const reason =
    p.blocked === 'checking'
      ? 'Checking…'
      : p.blocked === null
        ? null
        : `Fix ${p.blocked} error${p.blocked === 1 ? '' : 's'} first`;
  const items: (ToolItem | false)[] = [
    edit && {
      key: 'templates',
      priority: 3,
      inline: <MenuButton label="Templates" groups={[templates]} />,
      menu: [templates],
    },
    edit && {
      key: 'undo',
      priority: 8,
      inline: (
        <button type="button" onClick={p.actions.undo} disabled={!p.canUndo} title="Ctrl+Z">
          Undo
        </button>
      ),
      menu: one('Undo', p.actions.undo, !p.canUndo, 'Ctrl+Z'),
    },
    edit && {
      key: 'redo',
      priority: 7,
      inline: (
        <button type="button" onClick={p.actions.redo} disabled={!p.canRedo} title="Ctrl+Shift+Z">
          Redo
        </button>
      ),
      menu: one('Redo', p.actions.redo, !p.canRedo, 'Ctrl+Shift+Z'),
    },
    edit && {
      key: 'layout',
      priority: 6,
      inline: (
        <button type="button" onClick={() => void p.actions.autoLayout()} disabled={p.empty}>
          Auto-layout
        </button>
      ),
      menu: one('Auto-layout', () => void p.actions.autoLayout(), p.empty),
    },
    {
      key: 'import',
      priority: 4,
      inline: <MenuButton label={edit ? 'Import' : 'Compare'} groups={[imports]} />,
      menu: [imports],
    },
    {
      key: 'export',
      priority: 5,
      inline: <MenuButton label="Export" groups={[exports]} />,
      menu: [exports],
    },
    {
      key: 'settings',
      priority: 2,
      inline: (
        <button type="button" onClick={p.onSettings}>
          Settings
        </button>
      ),
      menu: one('Settings', p.onSettings),
    },
    {
      key: 'theme',
      priority: 1,
      inline: (
        <button type="button" aria-label={themeLabel} onClick={p.onToggleTheme}>
          {p.theme === 'dark' ? 'Light' : 'Dark'}
        </button>
      ),
      menu: one(themeLabel, p.onToggleTheme),
    },
    {
      key: 'share',
      priority: 9,
      inline: (
        <button type="button" onClick={p.onShare}>
          Share
        </button>
      ),
      menu: one('Share', p.onShare),
    },
    {
      key: 'download',
      priority: 10,
      inline: (
        <span className="download">
          {reason && (
            <button
              type="button"
              id="download-reason"
              className="link-button download-reason"
              onClick={p.onShowDiagnostics}
              title="Show the diagnostics"
            >
              {reason}
            </button>
          )}
          <TargetSelect />
          <button
            type="button"
            className="primary"
            onClick={p.onDownload}
            disabled={p.downloading || reason !== null}
            aria-describedby={reason ? 'download-reason' : undefined}
          >
            {p.downloading ? 'Building…' : 'Download bundle'}
          </button>
        </span>
      ),
      menu: one(
        reason ? `Download bundle (${reason})` : 'Download bundle',
        p.onDownload,
        reason !== null,
      ),
    },
  ];
  return items.filter((i): i is ToolItem => i !== false);
}
