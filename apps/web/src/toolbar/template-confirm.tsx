/** Asks before a template replaces a canvas with nodes on it (Ctrl+Z would bring them back too). */
import type { Topology } from '@apim-designer/topology';
import { TEMPLATE_LIST } from '../model/template-list.js';
import { Dialog } from '../ui/dialog.js';

export function TemplateConfirm(props: {
  id: string | null;
  topology: Topology;
  onCancel: () => void;
  onReplace: (id: string) => void;
}) {
  const t = TEMPLATE_LIST.find((x) => x.id === props.id);
  const n = props.topology.nodes.length;
  const e = props.topology.edges.length;
  return (
    <Dialog
      title={`Replace the canvas with “${t?.label ?? ''}”?`}
      open={t !== undefined}
      onClose={props.onCancel}
    >
      <p>
        The canvas holds {n} node{n === 1 ? '' : 's'} and {e} connection{e === 1 ? '' : 's'}
        {props.topology.name ? ` (${props.topology.name})` : ''}. The template replaces them; Undo
        brings them back.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => t && props.onReplace(t.id)}>
          Replace
        </button>
      </div>
    </Dialog>
  );
}
