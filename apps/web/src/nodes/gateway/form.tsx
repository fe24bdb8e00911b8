import { versionFacts } from '@apim-designer/topology';
import { useFeedback } from '../../diagnostics/diagnostics-context.js';
import { TextField } from '../../inspector/fields.js';
import { fieldProblems, useNodePatch } from '../../inspector/use-node-patch.js';
import { useDesigner } from '../../state/designer-context.js';
import { BaseFields, type FormProps } from '../base-fields.js';
import { EnvironmentFields } from './environment-fields.js';
import { formatGatewayLabels, parseGatewayLabels } from './gateway-labels.js';

export function GatewayForm({ node, readOnly }: FormProps<'gateway'>) {
  const { topology } = useDesigner();
  const { diagnostics } = useFeedback();
  const patch = useNodePatch(node);
  // Gateway labels are how a 4.x gateway picks the environments it deploys; 2.x and 3.x have none.
  const labels = versionFacts(topology.apimVersion).gatewayLabels;
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      <EnvironmentFields node={node} readOnly={readOnly} />
      {labels && (
        <TextField
          label="Gateway labels"
          value={formatGatewayLabels(node.gatewayLabels)}
          readOnly={readOnly}
          apply={(text) => patch('gatewayLabels', { gatewayLabels: parseGatewayLabels(text) })}
          normalize={(text) => formatGatewayLabels(parseGatewayLabels(text))}
          problems={fieldProblems(diagnostics, node.id, 'gatewayLabels')}
          help={`Comma-separated environment names it deploys the APIs of. Empty: “${node.environment.name}”.`}
        />
      )}
    </>
  );
}
