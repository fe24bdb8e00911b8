import { useFeedback } from '../../diagnostics/diagnostics-context.js';
import { CheckboxField, integerApply, TextField } from '../../inspector/fields.js';
import { fieldProblems, useNodePatch } from '../../inspector/use-node-patch.js';
import { BaseFields, type FormProps } from '../base-fields.js';

export function RedisForm({ node, readOnly }: FormProps<'redis'>) {
  const patch = useNodePatch(node);
  const { diagnostics } = useFeedback();
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      <TextField
        label="Port"
        inputMode="numeric"
        value={node.port === undefined ? '' : String(node.port)}
        readOnly={readOnly}
        apply={integerApply(
          (port) => patch('port', { port: Number.isNaN(port) ? undefined : port }),
          true,
        )}
        help="Empty: Redis's default, 6379."
      />
      <TextField
        label="User"
        value={node.username ?? ''}
        readOnly={readOnly}
        apply={(username) =>
          patch('username', { username: username === '' ? undefined : username })
        }
        help="An ACL user (Redis 6+, Valkey); empty: none is written."
      />
      <TextField
        label="Password"
        type="password"
        value={node.password ?? ''}
        readOnly={readOnly}
        apply={(password) =>
          patch('password', { password: password === '' ? undefined : password })
        }
        problems={fieldProblems(diagnostics, node.id, 'password')}
        help="A WSO2 placeholder such as $secret{redis_password} keeps it out of the file."
      />
      <CheckboxField
        label="TLS"
        checked={node.ssl}
        readOnly={readOnly}
        onChange={(ssl) => patch('ssl', { ssl })}
      />
    </>
  );
}
