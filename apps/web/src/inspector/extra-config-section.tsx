/** Read-only: what a node keeps verbatim from its imported deployment.toml. */
import type { TomlTable } from '@apim-designer/topology';
import { useId } from 'react';
import { extraConfigKeys, extraConfigText } from './extra-config.js';

export default function ExtraConfigSection(props: {
  nodeName: string;
  extra: TomlTable;
  /** The core's 'extra-config-kept' note, when it has one for this node. */
  note?: string;
}) {
  const id = useId();
  const keys = extraConfigKeys(props.extra);
  if (keys.length === 0) return null;
  return (
    <section className="extra-config" aria-labelledby={id}>
      <h3 id={id}>Kept from the imported file ({keys.length})</h3>
      <p className="field-help">
        {props.note ??
          'Written back into its deployment.toml as they are; the designer does not change them.'}
      </p>
      <details>
        <summary>Show the kept keys</summary>
        <pre className="code" tabIndex={0} aria-label={`Kept configuration of ${props.nodeName}`}>
          {extraConfigText(props.extra)}
        </pre>
      </details>
    </section>
  );
}
