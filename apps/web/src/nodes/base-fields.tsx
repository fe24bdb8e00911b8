/** Name, host and (for API-M nodes) offset: the fields every kind's form starts with. */
import { portAt, type NodeKind, type NodeOfKind } from '@apim-designer/topology';
import { useFeedback } from '../diagnostics/diagnostics-context.js';
import { integerApply, TextField } from '../inspector/fields.js';
import { fieldProblems, useNodePatch } from '../inspector/use-node-patch.js';

/** What a kind's form gets: a node of that kind. */
export interface FormProps<K extends NodeKind = NodeKind> {
  readonly node: NodeOfKind<K>;
  readonly readOnly: boolean;
}

export function BaseFields({ node, readOnly }: FormProps) {
  const patch = useNodePatch(node);
  const { diagnostics } = useFeedback();
  return (
    <>
      <TextField
        label="Name"
        value={node.name}
        readOnly={readOnly}
        apply={(name) => patch('name', { name })}
        problems={fieldProblems(diagnostics, node.id, 'name')}
        help="Names the node's folder in the bundle."
      />
      <TextField
        label="Host"
        value={node.host}
        readOnly={readOnly}
        apply={(host) => patch('host', { host })}
        problems={fieldProblems(diagnostics, node.id, 'host')}
        help="The host name or IP address the other nodes use to reach it."
      />
      {'offset' in node && (
        <TextField
          label="Port offset"
          inputMode="numeric"
          value={String(node.offset)}
          readOnly={readOnly}
          apply={integerApply((offset) => patch('offset', { offset }))}
          problems={fieldProblems(diagnostics, node.id, 'offset')}
          help={`Every port moves by the offset: HTTPS servlet ${portAt('https', node.offset)}.`}
        />
      )}
    </>
  );
}
