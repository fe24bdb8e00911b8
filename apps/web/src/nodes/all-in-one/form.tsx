import { BaseFields, type FormProps } from '../base-fields.js';
import { EnvironmentFields } from '../gateway/environment-fields.js';

export function AllInOneForm({ node, readOnly }: FormProps) {
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      {node.kind === 'all-in-one' && <EnvironmentFields node={node} readOnly={readOnly} />}
    </>
  );
}
