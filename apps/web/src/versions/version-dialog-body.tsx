/** Before switching API-M version: what changes per node and file, and what does not carry over. */
import type { ApimVersion, Topology } from '@apim-designer/topology';
import { useMemo } from 'react';
import { versionChanges } from './changes.js';
import { DiffView } from './diff-view.js';
import { IntroducedList } from './introduced-list.js';

export default function VersionDialogBody(props: {
  topology: Topology;
  version: ApimVersion;
  onApply: (t: Topology) => void;
  onCancel: () => void;
}) {
  const { topology, version } = props;
  const c = useMemo(() => versionChanges(topology, version), [topology, version]);
  const count = c.groups.reduce((n, g) => n + g.files.length, 0);
  return (
    <>
      <p>
        From WSO2 API Manager {topology.apimVersion} to {version}:{' '}
        {count === 0 ? 'no file changes.' : `${count} file${count === 1 ? '' : 's'} change.`}
      </p>
      {c.scope === 'preview' && (
        <p className="notice" data-tone={c.errors > 0 ? 'error' : undefined}>
          {c.errors > 0
            ? `On ${version} the bundle is refused until ${c.errors} error${c.errors === 1 ? ' is' : 's are'} fixed, so each node's own file is compared.`
            : "The current topology has errors, so each node's own file is compared."}
        </p>
      )}
      <IntroducedList diagnostics={c.introduced} label="Does not carry over" />
      <DiffView groups={c.groups} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => props.onApply(c.after)}>
          Switch to API-M {version}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
