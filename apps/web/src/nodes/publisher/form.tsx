import { BaseFields, type FormProps } from '../base-fields.js';

/** The publisher kind has no fields of its own: name, host and offset. */
export function PublisherForm({ node, readOnly }: FormProps<'publisher'>) {
  return <BaseFields node={node} readOnly={readOnly} />;
}
