/**
 * The panels around the canvas. Wide: a details dock on the right (the inspector above the preview,
 * split by a handle; the dock resizable and collapsible) and the diagnostics under the canvas
 * (resizable, folding to their summary). Narrow: one dock of tabs under the canvas (Inspector,
 * Preview, Diagnostics), resizable and collapsible to its tabs.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PanelState } from './panel-sizes.js';
import { Splitter } from './splitter.js';

export type DockTab = 'inspector' | 'preview' | 'diagnostics';

export function SideDock(props: {
  panels: PanelState;
  update: (p: Partial<PanelState>) => void;
  inspector: ReactNode;
  preview: ReactNode;
}) {
  const { panels, update } = props;
  const body = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, [panels.sideOpen]);
  const maxWidth = typeof window === 'undefined' ? 720 : Math.max(320, window.innerWidth * 0.5);
  if (!panels.sideOpen)
    return (
      <aside className="side side-closed" aria-label="Details">
        <button
          type="button"
          className="dock-toggle"
          aria-expanded={false}
          aria-controls="details-dock"
          onClick={() => update({ sideOpen: true })}
          title="Show the inspector and the preview"
        >
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">Show details panel</span>
        </button>
      </aside>
    );
  const inspectorHeight = Math.round(height * panels.split);
  return (
    <>
      <Splitter
        label="Resize details panel"
        orientation="vertical"
        value={panels.sideWidth}
        min={260}
        max={maxWidth}
        direction={-1}
        controls="details-dock"
        onChange={(w) => update({ sideWidth: w })}
      />
      <aside
        className="side"
        id="details-dock"
        aria-label="Details"
        style={{ width: panels.sideWidth }}
      >
        <div className="side-head">
          <button
            type="button"
            className="dock-toggle"
            aria-expanded={true}
            aria-controls="details-dock"
            onClick={() => update({ sideOpen: false })}
            title="Hide the inspector and the preview"
          >
            <span aria-hidden="true">›</span>
            <span className="visually-hidden">Hide details panel</span>
          </button>
        </div>
        <div className="side-body" ref={body}>
          <div className="side-part" style={{ height: inspectorHeight }}>
            {props.inspector}
          </div>
          <Splitter
            label="Resize inspector and preview"
            orientation="horizontal"
            value={inspectorHeight}
            min={Math.min(120, height)}
            max={Math.max(120, height - 120)}
            direction={1}
            onChange={(h) =>
              update({ split: Math.min(0.9, Math.max(0.1, h / Math.max(1, height))) })
            }
          />
          <div className="side-part side-part-fill">{props.preview}</div>
        </div>
      </aside>
    </>
  );
}

export function DiagnosticsDock(props: {
  panels: PanelState;
  update: (p: Partial<PanelState>) => void;
  children: (fold: { open: boolean; onToggle: () => void }) => ReactNode;
}) {
  const { panels, update } = props;
  const fold = {
    open: panels.diagnosticsOpen,
    onToggle: () => update({ diagnosticsOpen: !panels.diagnosticsOpen }),
  };
  return (
    <>
      {panels.diagnosticsOpen && (
        <Splitter
          label="Resize diagnostics"
          orientation="horizontal"
          value={panels.diagnosticsHeight}
          min={80}
          max={typeof window === 'undefined' ? 480 : Math.max(120, window.innerHeight * 0.5)}
          direction={-1}
          controls="diagnostics-dock"
          onChange={(h) => update({ diagnosticsHeight: h })}
        />
      )}
      <div
        className="diagnostics-dock"
        id="diagnostics-dock"
        style={panels.diagnosticsOpen ? { height: panels.diagnosticsHeight } : undefined}
      >
        {props.children(fold)}
      </div>
    </>
  );
}

const TABS: readonly { id: DockTab; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'preview', label: 'Preview' },
  { id: 'diagnostics', label: 'Diagnostics' },
];

export function TabDock(props: {
  panels: PanelState;
  update: (p: Partial<PanelState>) => void;
  tab: DockTab;
  onTab: (t: DockTab) => void;
  badge: string;
  content: Record<DockTab, ReactNode>;
}) {
  const { panels, update, tab } = props;
  const list = useRef<HTMLDivElement>(null);
  const height =
    typeof window === 'undefined' ? 360 : Math.round(window.innerHeight * panels.bottomShare);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const t = TABS[(next + TABS.length) % TABS.length];
    if (!t) return;
    e.preventDefault();
    props.onTab(t.id);
    list.current?.querySelector<HTMLElement>(`#tab-${t.id}`)?.focus();
  };
  return (
    <div className="tab-dock" data-open={panels.bottomOpen || undefined}>
      {panels.bottomOpen && (
        <Splitter
          label="Resize panel"
          orientation="horizontal"
          value={height}
          min={120}
          max={typeof window === 'undefined' ? 600 : window.innerHeight * 0.7}
          direction={-1}
          controls="tab-dock-panel"
          onChange={(h) => update({ bottomShare: h / window.innerHeight })}
        />
      )}
      <div className="tab-bar">
        <div role="tablist" aria-label="Panels" ref={list} onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => {
                props.onTab(t.id);
                if (!panels.bottomOpen) update({ bottomOpen: true });
              }}
            >
              {t.label}
              {t.id === 'diagnostics' && props.badge && (
                <span className="tab-badge"> {props.badge}</span>
              )}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="dock-toggle"
          aria-expanded={panels.bottomOpen}
          aria-controls="tab-dock-panel"
          aria-label={panels.bottomOpen ? 'Hide panel' : 'Show panel'}
          onClick={() => update({ bottomOpen: !panels.bottomOpen })}
        >
          {panels.bottomOpen ? 'Hide' : 'Show'}
        </button>
      </div>
      <div
        id="tab-dock-panel"
        className="tab-panels"
        hidden={!panels.bottomOpen}
        style={{ height }}
      >
        {TABS.map((t) => (
          <div
            key={t.id}
            id={`panel-${t.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${t.id}`}
            hidden={tab !== t.id}
            className="tab-panel"
          >
            {props.content[t.id]}
          </div>
        ))}
      </div>
    </div>
  );
}
