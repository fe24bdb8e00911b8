/** Topology-wide settings: name, API-M version, super admin, keystores, user store, encryption key. */
import {
  APIM_VERSIONS,
  formatPath,
  type ApimVersion,
  SEPARATE_STORES,
  Topology,
  USER_STORE_TYPES,
  type Settings,
  versionFacts,
} from '@apim-designer/topology';
import { CheckboxField, SelectField, TextField } from '../inspector/fields.js';
import { useDesigner, useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';

export default function SettingsForm(props: {
  /** Another version is never applied here: the caller shows what changes first. */
  onPickVersion: (version: ApimVersion) => void;
}) {
  const { topology, readOnly } = useDesigner();
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  const s = topology.settings;
  const primary = s.primaryKeystore;

  /** Validate the whole document with the core's schema, then commit. */
  const apply = (key: string, next: Partial<Topology>): string | null => {
    const res = Topology.safeParse({ ...get(), ...next });
    if (!res.success) {
      const issue = res.error.issues[0];
      return issue ? `${formatPath(issue.path.map(String))}: ${issue.message}` : 'Not accepted.';
    }
    dispatch({ type: 'commit', topology: res.data, key: `settings:${key}` });
    return null;
  };
  const setSettings = (key: string, settings: Partial<Settings>) =>
    apply(key, { settings: { ...get().settings, ...settings } });

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()}>
      <TextField
        label="Topology name"
        value={topology.name}
        readOnly={readOnly}
        apply={(name) => apply('name', { name })}
      />
      <SelectField
        label="API Manager version"
        value={topology.apimVersion}
        readOnly={readOnly}
        options={APIM_VERSIONS.map((v) => ({ value: v, label: `WSO2 API Manager ${v}` }))}
        onChange={(v) => {
          if (v !== topology.apimVersion) props.onPickVersion(v);
        }}
        help="Another version opens a comparison of the files first; nothing changes until you apply it."
      />
      <fieldset className="fieldset">
        <legend>Super admin</legend>
        <TextField
          label="Admin username"
          value={s.superAdmin.username}
          readOnly={readOnly}
          apply={(username) =>
            setSettings('admin-user', { superAdmin: { ...s.superAdmin, username } })
          }
        />
        <TextField
          label="Admin password"
          type="password"
          value={s.superAdmin.password}
          readOnly={readOnly}
          apply={(password) =>
            setSettings('admin-pw', { superAdmin: { ...s.superAdmin, password } })
          }
          help="A placeholder such as $env{ADMIN_PASSWORD} keeps the secret out of the bundle."
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>TLS keystore</legend>
        <p className="muted">
          Each node&apos;s own certificate (<code>[keystore.tls]</code>); certs/make-certs.sh makes
          one per node, naming the hosts it is reached by.
        </p>
        <TextField
          label="Keystore file"
          value={s.keystore.fileName}
          readOnly={readOnly}
          apply={(fileName) => setSettings('ks-file', { keystore: { ...s.keystore, fileName } })}
        />
        <TextField
          label="Keystore alias"
          value={s.keystore.alias}
          readOnly={readOnly}
          apply={(alias) => setSettings('ks-alias', { keystore: { ...s.keystore, alias } })}
        />
        <TextField
          label="Keystore password"
          type="password"
          value={s.keystore.password}
          readOnly={readOnly}
          apply={(password) => setSettings('ks-pw', { keystore: { ...s.keystore, password } })}
        />
        <TextField
          label="Key password"
          type="password"
          value={s.keystore.keyPassword}
          readOnly={readOnly}
          apply={(keyPassword) =>
            setSettings('ks-key', { keystore: { ...s.keystore, keyPassword } })
          }
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Primary keystore</legend>
        <CheckboxField
          label="A primary keystore of its own"
          checked={primary !== undefined}
          readOnly={readOnly}
          onChange={(own) => {
            const settings: Settings = { ...get().settings };
            if (own) settings.primaryKeystore = { ...SEPARATE_STORES.primaryKeystore };
            else delete settings.primaryKeystore;
            apply('pks-own', { settings });
          }}
        />
        {primary ? (
          <>
            <TextField
              label="Primary keystore file"
              value={primary.fileName}
              readOnly={readOnly}
              apply={(fileName) =>
                setSettings('pks-file', { primaryKeystore: { ...primary, fileName } })
              }
              help="One file on every node: it signs tokens and encrypts what the other nodes read."
            />
            <TextField
              label="Primary keystore alias"
              value={primary.alias}
              readOnly={readOnly}
              apply={(alias) =>
                setSettings('pks-alias', { primaryKeystore: { ...primary, alias } })
              }
            />
            <TextField
              label="Primary keystore password"
              type="password"
              value={primary.password}
              readOnly={readOnly}
              apply={(password) =>
                setSettings('pks-pw', { primaryKeystore: { ...primary, password } })
              }
            />
            <TextField
              label="Primary key password"
              type="password"
              value={primary.keyPassword}
              readOnly={readOnly}
              apply={(keyPassword) =>
                setSettings('pks-key', { primaryKeystore: { ...primary, keyPassword } })
              }
            />
          </>
        ) : (
          <p className="muted">
            The TLS keystore is also the primary keystore, as in WSO2&apos;s pack: one host only.
          </p>
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend>Truststore</legend>
        <TextField
          label="Truststore file"
          value={s.truststore.fileName}
          readOnly={readOnly}
          apply={(fileName) =>
            setSettings('ts-file', { truststore: { ...s.truststore, fileName } })
          }
        />
        <TextField
          label="Truststore password"
          type="password"
          value={s.truststore.password}
          readOnly={readOnly}
          apply={(password) => setSettings('ts-pw', { truststore: { ...s.truststore, password } })}
        />
      </fieldset>
      <SelectField
        label="User store type"
        value={s.userStoreType}
        readOnly={readOnly}
        options={USER_STORE_TYPES.map((t) => ({ value: t, label: t }))}
        onChange={(userStoreType) => setSettings('userstore', { userStoreType })}
      />
      {(versionFacts(topology.apimVersion).encryptionKey || s.encryptionKey !== undefined) && (
        <TextField
          label="Encryption key"
          type="password"
          value={s.encryptionKey ?? ''}
          readOnly={readOnly}
          apply={(key) =>
            setSettings('encryption-key', { encryptionKey: key === '' ? undefined : key })
          }
          help="The same [encryption] key on every node (4.7+): 64 hexadecimal characters from `openssl rand -hex 32`, or a placeholder such as $secret{encryption_key}."
        />
      )}
      <CheckboxField
        label="Write cache invalidation settings"
        checked={s.cacheInvalidation}
        readOnly={readOnly}
        onChange={(cacheInvalidation) => setSettings('cache', { cacheInvalidation })}
      />
    </form>
  );
}
