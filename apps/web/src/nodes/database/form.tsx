import { DATABASE_ENGINES, DatabaseEngineName } from '@apim-designer/topology';
import { useFeedback } from '../../diagnostics/diagnostics-context.js';
import { CheckboxField, integerApply, SelectField, TextField } from '../../inspector/fields.js';
import { fieldProblems, useNodePatch } from '../../inspector/use-node-patch.js';
import { BaseFields, type FormProps } from '../base-fields.js';

export function DatabaseForm({ node, readOnly }: FormProps<'database'>) {
  const patch = useNodePatch(node);
  const { diagnostics } = useFeedback();
  const engine = DATABASE_ENGINES[node.engine];
  return (
    <>
      <BaseFields node={node} readOnly={readOnly} />
      <SelectField
        label="Engine"
        value={node.engine}
        readOnly={readOnly}
        options={DatabaseEngineName.options.map((e) => ({
          value: e,
          label: DATABASE_ENGINES[e].label,
        }))}
        onChange={(value) => patch('engine', { engine: value })}
      />
      <TextField
        label="Port"
        inputMode="numeric"
        value={node.port === undefined ? '' : String(node.port)}
        readOnly={readOnly}
        apply={integerApply(
          (port) => patch('port', { port: Number.isNaN(port) ? undefined : port }),
          true,
        )}
        help={`Empty: the engine's default, ${engine.defaultPort}.`}
      />
      <CheckboxField
        label="Holds WSO2AM_DB"
        checked={node.apimDbName !== null}
        readOnly={readOnly}
        onChange={(on) => patch('apimDbName', { apimDbName: on ? 'apim_db' : null })}
      />
      {node.apimDbName !== null && (
        <TextField
          label="WSO2AM_DB name"
          value={node.apimDbName}
          readOnly={readOnly}
          apply={(apimDbName) => patch('apimDbName', { apimDbName })}
          problems={fieldProblems(diagnostics, node.id, 'apimDbName')}
        />
      )}
      <CheckboxField
        label="Holds WSO2SHARED_DB"
        checked={node.sharedDbName !== null}
        readOnly={readOnly}
        onChange={(on) => patch('sharedDbName', { sharedDbName: on ? 'shared_db' : null })}
      />
      {node.sharedDbName !== null && (
        <TextField
          label="WSO2SHARED_DB name"
          value={node.sharedDbName}
          readOnly={readOnly}
          apply={(sharedDbName) => patch('sharedDbName', { sharedDbName })}
          problems={fieldProblems(diagnostics, node.id, 'sharedDbName')}
        />
      )}
      <TextField
        label="Database user"
        value={node.username}
        readOnly={readOnly}
        apply={(username) => patch('username', { username })}
      />
      <TextField
        label="Database password"
        type="password"
        value={node.password}
        readOnly={readOnly}
        apply={(password) => patch('password', { password })}
        problems={fieldProblems(diagnostics, node.id, 'password')}
        help="A WSO2 placeholder such as $secret{db_password} keeps it out of the file."
      />
    </>
  );
}
