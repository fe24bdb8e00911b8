import { BaseFields, type FormProps } from '../base-fields.js';

/** The API-M 4.x control plane has no fields of its own: name, host and offset. */
export function ControlPlaneForm({ node, readOnly }: FormProps<'control-plane'>) {
  return <BaseFields node={node} readOnly={readOnly} />;
}
