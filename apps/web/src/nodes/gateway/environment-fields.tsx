/** The gateway environment a gateway (or an all-in-one node's own gateway) stands for. */
import { GATEWAY_TYPES, type AllInOneNode, type GatewayNode } from '@apim-designer/topology';
import { useFeedback } from '../../diagnostics/diagnostics-context.js';
import { CheckboxField, SelectField, TextField } from '../../inspector/fields.js';
import { fieldProblems, useNodePatch } from '../../inspector/use-node-patch.js';

const TYPE_LABELS = {
  hybrid: 'Hybrid (production and sandbox)',
  production: 'Production',
  sandbox: 'Sandbox',
};

export function EnvironmentFields(props: { node: GatewayNode | AllInOneNode; readOnly: boolean }) {
  const { node, readOnly } = props;
  const patch = useNodePatch(node);
  const { diagnostics } = useFeedback();
  const env = node.environment;
  const set = (field: string, value: Partial<typeof env>) =>
    patch(`environment.${field}`, { environment: { ...env, ...value } });
  return (
    <fieldset className="fieldset">
      <legend>Gateway environment</legend>
      <TextField
        label="Environment name"
        value={env.name}
        readOnly={readOnly}
        apply={(name) => set('name', { name })}
        problems={fieldProblems(diagnostics, node.id, 'environment', 'name')}
        help="Listed in the Publisher and the Developer Portal; unique per environment."
      />
      <SelectField
        label="Environment type"
        value={env.type}
        readOnly={readOnly}
        options={GATEWAY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
        onChange={(type) => set('type', { type })}
      />
      <CheckboxField
        label="Display in API console"
        checked={env.displayInApiConsole}
        readOnly={readOnly}
        onChange={(displayInApiConsole) => set('display', { displayInApiConsole })}
      />
      <TextField
        label="Environment description"
        value={env.description}
        readOnly={readOnly}
        apply={(description) => set('description', { description })}
      />
    </fieldset>
  );
}
