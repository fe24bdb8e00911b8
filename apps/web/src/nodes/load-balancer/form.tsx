import { APIM_KINDS, KINDS } from '@apim-designer/topology';
import { SelectField } from '../../inspector/fields.js';
import { useNodePatch } from '../../inspector/use-node-patch.js';
import { BaseFields, type FormProps } from '../base-fields.js';

export function LoadBalancerForm({ node, readOnly }: FormProps) {
  const patch = useNodePatch(node);
  if (node.kind !== 'load-balancer') return null;
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      <SelectField
        label="Fronts"
        value={node.fronts}
        readOnly={readOnly}
        options={APIM_KINDS.map((k) => ({ value: k, label: KINDS[k].label }))}
        onChange={(fronts) => patch('fronts', { fronts })}
        help="Nodes of this kind wired to it form one cluster that others reach by its host."
      />
    </>
  );
}
