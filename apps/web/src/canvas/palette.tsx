/** The kinds to add: drag one onto the canvas, or press Enter (or click) to add it in view. */
import { KIND_META, type ApimVersion, type NodeKind } from '@apim-designer/topology/meta';
import { KindIcon } from '../nodes/icons.js';
import { paletteKinds } from './palette-kinds.js';

export const KIND_MIME = 'application/x-apim-kind';

export function Palette(props: {
  onAdd: (kind: NodeKind) => void;
  disabled: boolean;
  version: ApimVersion;
}) {
  const kinds = paletteKinds(props.version);
  return (
    <nav className="palette" aria-label="Components">
      <h2 className="panel-title">Components</h2>
      <ul>
        {kinds.map((kind) => {
          const def = KIND_META[kind];
          return (
            <li key={kind}>
              <button
                type="button"
                className="palette-item"
                draggable={!props.disabled}
                disabled={props.disabled}
                aria-label={`Add ${def.label}`}
                title={def.description}
                onDragStart={(e) => {
                  e.dataTransfer.setData(KIND_MIME, kind);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => props.onAdd(kind)}
              >
                <KindIcon icon={def.icon} />
                <span>{def.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="palette-hint">
        {props.disabled
          ? 'This view cannot change the topology.'
          : 'Drag onto the canvas, or press Enter to add.'}
      </p>
    </nav>
  );
}
