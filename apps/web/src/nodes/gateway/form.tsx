import { BaseFields, type FormProps } from '../base-fields.js';
import { EnvironmentFields } from './environment-fields.js';

export function GatewayForm({ node, readOnly }: FormProps) {
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      {node.kind === 'gateway' && <EnvironmentFields node={node} readOnly={readOnly} />}
    </>
  );
}
