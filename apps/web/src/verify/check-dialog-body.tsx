/**
 * "Check a deployment": the live files of a deployment (dropped or picked, loose or in a zip) are
 * compared with what the design generates, here in the browser with the core's `drift` (nothing is
 * uploaded); the JSON that `apim-designer verify --probe --json` saved adds each edge's
 * reachability. The result is listed here and, on "Show on canvas", colours the nodes and edges.
 */
import { drift, type DriftReport, type Topology } from '@apim-designer/topology';
import { useState, type DragEvent } from 'react';
import { readConfigFiles, type Accept, type ConfigFile } from '../import-config/read-files.js';
import type { CheckView } from './check-context.js';
import type { EdgeReach } from './check-view.js';
import { CheckLines } from './check-lines.js';
import { checkView, findingLine, nodeSummary, summaryOf, VerifyJson } from './check-view.js';
import { edgeId } from '../model/edits.js';

const ACCEPT: Accept = {
  test: (path) => /\.(toml|xml|json)$/i.test(path),
  notFile: 'not a .toml, .xml or .json file, or a zip',
  notEntry: 'not a deployment.toml, an XML configuration file or a verify report',
};

type DriftOk = Extract<DriftReport, { ok: true }>;

interface Checked {
  readonly source: string;
  readonly drift: DriftReport | null;
  readonly reach: readonly EdgeReach[] | null;
  readonly skipped: readonly string[];
  readonly notes: readonly string[];
}

/** Reachability from a saved `verify --json`, kept only where its edges are this design's. */
function readReports(topology: Topology, files: readonly ConfigFile[], notes: string[]) {
  let reach: EdgeReach[] | null = null;
  for (const f of files) {
    if (/(^|\/)topology\.json$/i.test(f.path)) {
      notes.push(
        `${f.path}: a bundle's topology.json; not used (the design is the one on the canvas).`,
      );
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(f.contents);
    } catch (e) {
      notes.push(`${f.path}: not JSON (${e instanceof Error ? e.message : String(e)}).`);
      continue;
    }
    const parsed = VerifyJson.safeParse(value);
    const edges = parsed.success ? parsed.data.reachability?.edges : undefined;
    if (!edges) {
      notes.push(`${f.path}: not the output of apim-designer verify --probe --json; not used.`);
      continue;
    }
    const ours = edges.filter((r) => {
      const e = topology.edges[r.edge.index];
      return e !== undefined && (r.edge.id === undefined || r.edge.id === edgeId(e, r.edge.index));
    });
    if (ours.length < edges.length)
      notes.push(
        `${f.path}: ${edges.length - ours.length} edge(s) are not this design's; left out.`,
      );
    reach = [...(reach ?? []), ...ours];
  }
  return reach;
}

async function check(topology: Topology, picked: readonly File[]): Promise<Checked> {
  const read = await readConfigFiles(picked, ACCEPT);
  const notes: string[] = [];
  const json = read.files.filter((f) => /\.json$/i.test(f.path));
  const live = read.files.filter((f) => !/\.json$/i.test(f.path));
  const reach = readReports(topology, json, notes);
  return {
    source: picked.map((f) => f.name).join(', '),
    drift: live.length > 0 || reach === null ? drift(topology, live) : null,
    reach,
    skipped: read.skipped,
    notes,
  };
}

function DriftTable(props: { report: DriftOk }) {
  return (
    <table className="report-table check-table">
      <caption className="visually-hidden">Nodes checked</caption>
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Result</th>
          <th scope="col">Live file</th>
          <th scope="col">Matched by</th>
        </tr>
      </thead>
      <tbody>
        {props.report.nodes.map((n) => (
          <tr key={n.nodeId}>
            <td>{n.name}</td>
            <td className="check-status" data-tone={n.status}>
              {nodeSummary(n)}
            </td>
            <td>
              <code>{n.files.join(', ') || '—'}</code>
            </td>
            <td>{n.files.length > 0 ? n.matchDetail : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function List(props: { label: string; items: readonly string[]; alert?: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <div
      role={props.alert ? 'alert' : undefined}
      className={props.alert ? 'notice' : undefined}
      data-tone="error"
    >
      <strong>
        {props.label} ({props.items.length})
      </strong>
      <ul aria-label={props.label}>
        {props.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function Result(props: { checked: Checked }) {
  const { drift: report, reach, skipped, notes } = props.checked;
  return (
    <>
      {report && !report.ok && (
        <div role="alert" className="notice" data-tone="error">
          {report.message} {report.diagnostics.map((d) => d.message).join(' ')}
        </div>
      )}
      {report?.ok && (
        <>
          <p role="status">{summaryOf(report)}.</p>
          <DriftTable report={report} />
          {report.nodes
            .filter((n) => n.findings.length > 0)
            .map((n) => (
              <details key={n.nodeId} className="report-list" open={n.status === 'drift'}>
                <summary>
                  {n.name}: {nodeSummary(n)}
                </summary>
                <CheckLines
                  label={`Differences of ${n.name}`}
                  lines={n.findings.map((f) => findingLine(f))}
                />
              </details>
            ))}
          <List
            label="Files that match no node"
            items={report.unmatched.map((u) => `${u.path}: ${u.why}`)}
          />
          <List
            label="Files that could not be read"
            alert
            items={report.errors.map(
              (e) =>
                `${[e.file, e.line, e.column].filter((p) => p !== undefined).join(':')}: ${e.message}`,
            )}
          />
        </>
      )}
      {reach && (
        <p>
          Reachability from the saved report: {reach.filter((r) => r.status === 'reached').length}{' '}
          of {reach.length} edge(s) reached.
        </p>
      )}
      <List label="Skipped" items={skipped} />
      <List label="Notes" items={[...notes, ...(report?.ok ? report.notes : [])]} />
    </>
  );
}

export default function CheckDialogBody(props: {
  topology: Topology;
  showing: boolean;
  onShow: (view: CheckView | null) => void;
  onCancel: () => void;
}) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const run = (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setFailure(null);
    check(props.topology, files).then(
      (c) => {
        setChecked(c);
        setBusy(false);
      },
      (e: unknown) => {
        setFailure(`The files could not be read: ${e instanceof Error ? e.message : String(e)}`);
        setBusy(false);
      },
    );
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    run([...e.dataTransfer.files]);
  };
  const driftOk = checked?.drift?.ok ? checked.drift : null;
  const canShow = checked !== null && (driftOk !== null || checked.reach !== null);
  return (
    <>
      <p>
        Drop the live <code>deployment.toml</code> files of the deployment (API-M 2.x: each
        node&apos;s <code>carbon.xml</code>, <code>api-manager.xml</code>, …), a zip of them, or the
        JSON that <code>apim-designer verify --probe --json</code> saved on a node. They are
        compared with what this design generates, here in the browser: nothing is uploaded.
      </p>
      <label
        className="check-drop"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        Drop files here, or choose them:{' '}
        <input
          type="file"
          multiple
          accept=".toml,.xml,.zip,.json,application/zip"
          aria-label="Live configuration files, a zip or a verify report"
          onChange={(e) => {
            run([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      {busy && <p role="status">Checking…</p>}
      {failure && (
        <p role="alert" className="notice" data-tone="error">
          {failure}
        </p>
      )}
      {checked && <Result checked={checked} />}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={!canShow}
          onClick={() => {
            if (checked)
              props.onShow(checkView(props.topology, driftOk, checked.reach, checked.source));
          }}
        >
          Show on canvas
        </button>
        {props.showing && (
          <button type="button" onClick={() => props.onShow(null)}>
            Clear the check from the canvas
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
