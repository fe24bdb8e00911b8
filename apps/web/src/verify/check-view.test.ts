import { drift, parseTopology, render, type Topology } from '@apim-designer/topology';
import example from '@apim-designer/examples/distributed-3.2.0.json';
import { describe, expect, it } from 'vitest';
import { edgeId } from '../model/edits.js';
import { checkView } from './check-view.js';

function distributed(): Topology {
  const res = parseTopology(example);
  if (!res.ok) throw new Error('example does not parse');
  return res.topology;
}

function driftOf(t: Topology, change: (path: string, text: string) => string | null) {
  const r = render(t);
  if (!r.ok) throw new Error('example does not render');
  const files = r.files.flatMap((f) => {
    const text = change(f.path, f.contents);
    return text === null ? [] : [{ path: f.path, contents: text }];
  });
  const report = drift(t, files);
  if (!report.ok) throw new Error(report.message);
  return report;
}

describe('checkView', () => {
  const t = distributed();
  const edge = (a: string, b: string) => {
    const i = t.edges.findIndex(
      (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
    );
    const e = t.edges[i];
    if (!e) throw new Error(`no edge ${a}–${b}`);
    return edgeId(e, i);
  };

  it('colours the drifting node and the edge its changed key carries, the rest as designed', () => {
    const report = driftOf(t, (path, text) =>
      path.startsWith('gw/')
        ? text.replace('tcp://tm.wso2.com:9614', 'tcp://tm.wso2.com:9999')
        : text,
    );
    const view = checkView(t, report, null, 'live.zip');
    expect(view.nodes.get('gw')).toMatchObject({ tone: 'drift', summary: '1 error' });
    expect(view.nodes.get('km')).toMatchObject({ tone: 'ok', summary: 'as designed' });
    expect(view.nodes.has('db')).toBe(false);
    expect(view.edges.get(edge('gw', 'tm'))?.tone).toBe('drift');
    expect(view.edges.get(edge('gw', 'tm'))?.lines[0]?.text).toBe(
      'gw: apim.throttling.url_group[0].traffic_manager_urls changed',
    );
    expect(view.edges.get(edge('gw', 'km'))?.tone).toBe('ok');
  });

  it('marks a node without a file, and an unreachable edge from a saved verify report', () => {
    const report = driftOf(t, (path, text) => (path.startsWith('tm/') ? null : text));
    const i = t.edges.findIndex((e) => edgeId(e, t.edges.indexOf(e)) === edge('gw', 'km'));
    const view = checkView(
      t,
      report,
      [{ edge: { index: i }, status: 'refused', detail: 'km.wso2.com:9443: nothing listens' }],
      'live.zip, verify.json',
    );
    expect(view.nodes.get('tm')).toMatchObject({ tone: 'missing', summary: 'no live file' });
    expect(view.edges.get(edge('gw', 'km'))).toMatchObject({
      tone: 'unreachable',
      summary: 'refused',
    });
  });
});
