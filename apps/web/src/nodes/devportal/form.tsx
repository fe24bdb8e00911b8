import { BaseFields, type FormProps } from '../base-fields.js';

/** The devportal kind has no fields of its own: name, host and offset. */
export function DevportalForm({ node, readOnly }: FormProps<'devportal'>) {
  return <BaseFields node={node} readOnly={readOnly} />;
}
