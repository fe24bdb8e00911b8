/**
 * The canvas's own controls, bottom left: zoom, Fit View (which leaves room for the minimap),
 * the minimap shown or hidden, and drawing a zone. The minimap sits bottom right when shown.
 */
import { ControlButton, Controls, MiniMap, Panel, useReactFlow } from '@xyflow/react';
import type { Actions } from '../state/use-actions.js';
import { fitOptions, setMinimap, useMinimap } from './view-prefs.js';

export function CanvasControls(props: {
  actions: Actions;
  drawing: boolean;
  onDraw: (on: boolean) => void;
  readOnly: boolean;
  empty: boolean;
}) {
  const rf = useReactFlow();
  const minimap = useMinimap();
  return (
    <>
      <Controls showInteractive={false} showFitView={false} aria-label="View controls">
        <ControlButton
          onClick={() => void rf.fitView(fitOptions(200))}
          aria-label="Fit view"
          title="Fit view"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </ControlButton>
        <ControlButton
          onClick={() => setMinimap(!minimap)}
          aria-label={minimap ? 'Hide minimap' : 'Show minimap'}
          aria-pressed={minimap}
          title={minimap ? 'Hide minimap' : 'Show minimap'}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect
              x="1.5"
              y="3"
              width="13"
              height="10"
              rx="1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
            <rect x="8" y="8" width="5" height="3.5" fill="currentColor" />
          </svg>
        </ControlButton>
        {!props.readOnly && (
          <ControlButton
            onClick={() => props.onDraw(!props.drawing)}
            aria-label={props.drawing ? 'Stop drawing a zone' : 'Draw a zone'}
            aria-pressed={props.drawing}
            title="Draw a zone around nodes"
            disabled={props.empty}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect
                x="2"
                y="2"
                width="12"
                height="12"
                rx="2"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
                strokeDasharray="3 2"
              />
            </svg>
          </ControlButton>
        )}
      </Controls>
      {minimap && <MiniMap pannable zoomable ariaLabel="Minimap" />}
      {props.drawing && (
        <Panel position="top-center">
          <button type="button" onClick={() => props.onDraw(false)}>
            Cancel drawing
          </button>
        </Panel>
      )}
    </>
  );
}
