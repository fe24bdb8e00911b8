/** The canvas against another topology file: per node and file, what differs. */
import type { Topology } from '@apim-designer/topology';
import { useMemo } from 'react';
import { topologyChanges } from './changes.js';
import { DiffView } from './diff-view.js';
import { IntroducedList } from './introduced-list.js';

export default function CompareDialogBody(props: {
  topology: Topology;
  other: Topology;
  fileName: string;
  /** Absent in a read-only view. */
  onOpen?: (t: Topology) => void;
  onClose: () => void;
}) {
  const { topology, other } = props;
  const c = useMemo(() => topologyChanges(topology, other), [topology, other]);
  const count = c.groups.reduce((n, g) => n + g.files.length, 0);
  return (
    <>
      <p>
        The canvas (“{topology.name}”, API-M {topology.apimVersion}) against {props.fileName} (“
        {other.name}”, API-M {other.apimVersion}):{' '}
        {count === 0
          ? 'the bundles are the same.'
          : `${count} file${count === 1 ? '' : 's'} differ.`}
      </p>
      {c.scope === 'preview' && (
        <p className="notice">
          One of the two has errors and no bundle, so each node&apos;s own file is compared.
        </p>
      )}
      <IntroducedList diagnostics={c.introduced} label={`Only in ${props.fileName}`} />
      <DiffView groups={c.groups} />
      <div className="dialog-actions">
        {props.onOpen && (
          <button type="button" onClick={() => props.onOpen?.(other)}>
            Open {props.fileName} instead
          </button>
        )}
        <button type="button" className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </>
  );
}
