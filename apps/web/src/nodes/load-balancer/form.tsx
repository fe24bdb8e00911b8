import { APIM_KINDS, isDedicatedTo, KINDS, LoadBalancerNode } from '@apim-designer/topology';
import { CheckboxField, SelectField } from '../../inspector/fields.js';
import { useNodePatch } from '../../inspector/use-node-patch.js';
import { BaseFields, type FormProps } from '../base-fields.js';

type SyncChoice = '' | NonNullable<LoadBalancerNode['artifactSync']>;

const SYNC_LABELS: Record<SyncChoice, string> = {
  '': "The version's default",
  database: 'Inbuilt synchroniser (database)',
  'shared-file-system': 'Shared file system',
  rsync: 'rsync from the first gateway',
};

const SYNC_CHOICES: readonly SyncChoice[] = [
  '',
  ...LoadBalancerNode.shape.artifactSync.unwrap().options,
];

export function LoadBalancerForm({ node, readOnly }: FormProps<'load-balancer'>) {
  const patch = useNodePatch(node);
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
      {isDedicatedTo(node.fronts, 'gateway') && (
        <SelectField
          label="Artifact synchronisation"
          value={node.artifactSync ?? ''}
          readOnly={readOnly}
          options={SYNC_CHOICES.map((c) => ({ value: c, label: SYNC_LABELS[c] }))}
          onChange={(c) => patch('artifactSync', { artifactSync: c === '' ? undefined : c })}
          help="How the gateways of this cluster share deployed APIs. Default: the inbuilt synchroniser from 3.2."
        />
      )}
      <CheckboxField
        label="Hazelcast clustering among the members"
        checked={node.hazelcast}
        readOnly={readOnly}
        onChange={(hazelcast) => patch('hazelcast', { hazelcast })}
      />
    </>
  );
}
