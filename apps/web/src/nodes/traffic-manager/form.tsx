import { BaseFields, type FormProps } from '../base-fields.js';

/** The traffic-manager kind has no fields of its own: name, host and offset. */
export function TrafficManagerForm({ node, readOnly }: FormProps<'traffic-manager'>) {
  return <BaseFields node={node} readOnly={readOnly} />;
}
