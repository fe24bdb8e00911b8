import { BaseFields, type FormProps } from '../base-fields.js';

/** The key-manager kind has no fields of its own: name, host and offset. */
export function KeyManagerForm({ node, readOnly }: FormProps<'key-manager'>) {
  return <BaseFields node={node} readOnly={readOnly} />;
}
