/**
 * Resolving a URL looks the host up instead of scanning every imported node (issue 14: an import
 * of n files on one host was quadratic: 500 / 1,000 / 2,016 Key Manager files took 0.26 / 0.79 /
 * 2.79 s). Counted, not timed: every read of the drafts list goes through a proxy.
 */
import { describe, expect, it } from 'vitest';
import type { ApimKind } from '../kinds/meta-registry.js';
import type { Draft } from './nodes.js';
import { resolveUrl, type Known } from './resolve.js';
import type { UrlSlot } from './urls.js';

function draft(i: number, host: string, kind: ApimKind = 'key-manager'): Draft {
  return {
    file: {
      path: `km${i}.toml`,
      folder: `km${i}`,
      data: {},
      hints: { generated: false, databaseNames: new Map(), balancerNames: new Map() },
    },
    id: `km${i}`,
    name: `km${i}`,
    kind,
    finding: { kind, how: 'server_role', detail: kind },
    hostname: host,
    host,
    offset: i,
    nodeIp: undefined,
  };
}

const tm: UrlSlot = {
  key: 'apim.throttling.throttle_decision_endpoints',
  value: 'tcp://tm.wso2.com:5672',
  role: 'traffic-manager',
  port: 'amqp',
  edge: true,
};

/** Reads of the drafts list while every draft resolves one URL to a host with one node. */
function reads(n: number): { reads: number; resolved: string[] } {
  const drafts = [...Array.from({ length: n }, (_, i) => draft(i, 'km.wso2.com'))];
  const tmDraft = { ...draft(n, 'tm.wso2.com', 'traffic-manager'), id: 'tm', offset: 0 };
  drafts.push(tmDraft);
  let count = 0;
  const counted = new Proxy(drafts, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  const known: Known = { drafts: counted, balancers: [] };
  const resolved = drafts
    .slice(0, n)
    .map((d) => resolveUrl(tm, d, known))
    .map((t) => (t.type === 'node' ? t.draft.id : t.type));
  return { reads: count, resolved };
}

describe('resolveUrl', () => {
  it('finds the target by host without reading every draft per URL', () => {
    const small = reads(200);
    const large = reads(1600);
    expect(new Set(large.resolved)).toEqual(new Set(['tm']));
    // Linear: about the same reads per URL at 1,600 drafts as at 200 (a scan reads 8 times as many).
    expect(large.reads / 1600).toBeLessThan((small.reads / 200) * 1.5);
  });
});
