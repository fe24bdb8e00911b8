import { BaseFields, type FormProps } from '../base-fields.js';
import { EnvironmentFields } from '../gateway/environment-fields.js';

export function AllInOneForm({ node, readOnly }: FormProps<'all-in-one'>) {
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      <EnvironmentFields node={node} readOnly={readOnly} />
    </>
  );
}
