import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeConnection } from './authoring.js';
import { edgeLabels } from './edge-labels.js';
import { isApimNode } from './kinds/guards.js';
import { render } from './render/index.js';
import { configPath } from './render/node-config.js';
import { parseTopology, type Topology } from './topology.js';

const dir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.json') && readFileSync(new URL(f, dir), 'utf8').includes('"schemaVersion"'),
  )
  .map((f): [string, Topology] => {
    const res = parseTopology(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    if (!res.ok) throw new Error(`${f} does not parse`);
    return [f, res.topology];
  });

function label(t: Topology, a: string, b: string) {
  const i = t.edges.findIndex(
    (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
  );
  const l = edgeLabels(t)[i];
  const e = t.edges[i];
  if (!l || !e) throw new Error(`no edge ${a}–${b}`);
  // The direction as a → b, whichever way the document stores the edge.
  const flip = { forward: 'backward', backward: 'forward', both: 'both', none: 'none' } as const;
  return { text: l.text, direction: e.source === a ? l.direction : flip[l.direction] };
}

const distributed = examples.find(([f]) => f === 'distributed-3.2.0.json')?.[1];

describe('edgeLabels', () => {
  it('labels the five-node example as its configuration has it, in the direction of the call', () => {
    if (!distributed) throw new Error('example missing');
    expect(label(distributed, 'gw', 'km')).toEqual({ text: 'HTTPS 9443', direction: 'forward' });
    expect(label(distributed, 'gw', 'tm')).toEqual({
      text: 'binary 9614 · AMQP 5675',
      direction: 'forward',
    });
    expect(label(distributed, 'pub', 'gw')).toEqual({ text: 'HTTPS 9447', direction: 'forward' });
    expect(label(distributed, 'km', 'db')).toEqual({ text: 'JDBC 3306', direction: 'forward' });
    // The Key Manager sends revocations to the Traffic Manager, which calls the Key Manager back.
    expect(label(distributed, 'km', 'tm').direction).toBe('both');
    // A portal lists the gateway's URLs; it does not call it.
    expect(label(distributed, 'store', 'gw')).toEqual({ text: '', direction: 'none' });
  });

  it('a load balancer forwards to its members; a client calls it on 443', () => {
    const ha = examples.find(([f]) => f === 'ha-3.2.0.json')?.[1];
    if (!ha) throw new Error('example missing');
    const lbGw = ha.nodes.find((n) => n.kind === 'load-balancer' && n.fronts === 'gateway');
    const gw = ha.nodes.find((n) => n.kind === 'gateway');
    if (!lbGw || !gw) throw new Error('no gateway cluster');
    const offset = 'offset' in gw ? gw.offset : 0;
    expect(label(ha, lbGw.id, gw.id)).toEqual({
      text: `HTTPS ${8243 + offset}, ${9443 + offset}`,
      direction: 'forward',
    });
    const km = ha.nodes.find((n) => n.kind === 'load-balancer' && n.fronts === 'key-manager');
    if (!km) throw new Error('no key manager cluster');
    expect(label(ha, gw.id, km.id)).toEqual({ text: 'HTTPS 443', direction: 'forward' });
  });

  it.each(examples)(
    '%s: every valid edge is labelled with ports the generated configuration uses',
    (_f, t) => {
      const labels = edgeLabels(t);
      const r = render(t);
      if (!r.ok) throw new Error('does not render');
      const fileOf = (id: string) => {
        const n = t.nodes.find((x) => x.id === id);
        const path = n && isApimNode(n) ? configPath(n, t.apimVersion) : undefined;
        return r.files.find((f) => f.path === path)?.contents ?? '';
      };
      t.edges.forEach((e, i) => {
        const l = labels[i];
        expect(l, `${e.source}–${e.target}`).not.toBeNull();
        if (!l) return;
        if (l.direction !== 'none') expect(l.text).not.toBe('');
        // A member of a cluster: the load balancer forwards to its own listeners.
        if (describeConnection(t, e.source, e.target).join().includes('member of the cluster'))
          return;
        // JDBC settings are in each node's own file, or (2.x) in a datasources fragment of the bundle.
        const files = l.text.startsWith('JDBC')
          ? r.files.map((f) => f.contents).join('\n')
          : fileOf(e.source) + fileOf(e.target);
        for (const port of l.text.match(/\d+/g) ?? []) {
          // A cluster's HTTPS is its load balancer's 443: no port in the URL.
          if (port === '443') continue;
          expect(files, `${e.source}–${e.target}: ${l.text}`).toMatch(
            new RegExp(`:${port}\\b|port = ${port}\\b`),
          );
        }
      });
    },
  );
});
