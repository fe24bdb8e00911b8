/** The import report: what was found, kept verbatim, left unmatched, and any errors with their place. */
import type { Topology } from '@apim-designer/topology';
import { useState } from 'react';
import { openable, where } from './open-imported.js';
import type { ConfigImport } from './run-import.js';

function List(props: { label: string; items: readonly string[]; open?: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <details className="report-list" open={props.open}>
      <summary>
        {props.label} ({props.items.length})
      </summary>
      <ul aria-label={props.label}>
        {props.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

export default function ImportDialogBody(props: {
  result: ConfigImport;
  onOpen: (t: Topology) => void;
  onCancel: () => void;
}) {
  const { report, topology, read } = props.result;
  const [busy, setBusy] = useState(false);
  // One node per file (files may share a name: every server's is deployment.toml).
  const files = report.nodes.length;
  return (
    <>
      <p>
        {topology
          ? `${topology.nodes.length} node${topology.nodes.length === 1 ? '' : 's'} and ${topology.edges.length} connection${topology.edges.length === 1 ? '' : 's'} recovered from ${report.source === 'topology.json' ? "the bundle's topology.json" : `${files} file${files === 1 ? '' : 's'}`}, WSO2 API Manager ${topology.apimVersion}.`
          : 'No topology could be recovered from these files.'}
      </p>
      {report.errors.length > 0 && (
        <div role="alert" className="notice" data-tone="error">
          <strong>Errors</strong>
          <ul aria-label="Import errors">
            {report.errors.map((e, i) => (
              <li key={i}>
                {where(e) && <code>{where(e)}</code>} {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.nodes.length > 0 && (
        <table className="report-table">
          <caption className="visually-hidden">Nodes found</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Node</th>
              <th scope="col">Kind</th>
              <th scope="col">Found by</th>
            </tr>
          </thead>
          <tbody>
            {report.nodes.map((n) => (
              <tr key={`${n.file}-${n.nodeId}`}>
                <td>
                  <code>{n.file}</code>
                </td>
                <td>{n.nodeId}</td>
                <td>{n.kind}</td>
                <td>
                  {n.how}: {n.detail}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <List label="Kept verbatim" open items={report.kept.map((k) => `${k.nodeId}: ${k.key}`)} />
      <List
        label="Unmatched"
        open
        items={report.unmatched.map((u) => `${u.file}: ${u.key} = ${u.value} — ${u.why}`)}
      />
      <List label="Notes" open items={report.notes} />
      <List
        label="Written by the designer, not in the files"
        items={report.added.map((k) => `${k.nodeId}: ${k.key}`)}
      />
      <List label="Skipped" open items={read.skipped} />
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!topology || busy}
          onClick={() => {
            if (!topology) return;
            setBusy(true);
            void openable(topology).then(props.onOpen, () => setBusy(false));
          }}
        >
          Open as topology
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
