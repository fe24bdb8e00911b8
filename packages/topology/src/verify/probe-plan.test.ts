import { describe, expect, it } from 'vitest';
import { loadExample, topology } from '../../test/helpers.js';
import { probePlan, type Probe } from './probe-plan.js';

function plan(name: string, from?: string): readonly Probe[] {
  const p = probePlan(loadExample(name), from);
  if (!p.ok) throw new Error(p.message);
  return p.probes;
}

const line = (p: Probe) =>
  `${p.from}→${p.to} ${p.protocol}://${p.host}:${p.port}${p.path ?? ''}${p.required ? '' : ' (shown only)'}`;

describe('probePlan', () => {
  it("lists what a gateway's configuration reaches, on the ports of each node's offset", () => {
    // distributed-3.2.0: tm at offset 3, km at 0, gw at 4, MySQL on db.wso2.com.
    expect(plan('distributed-3.2.0.json', 'gw').map(line)).toEqual([
      'gw→km https://km.wso2.com:9443/services/Version',
      'gw→tm https://tm.wso2.com:9446/services/Version',
      'gw→tm tcp://tm.wso2.com:5675',
      'gw→tm tcp://tm.wso2.com:9614',
      'gw→tm tls://tm.wso2.com:9714',
      'gw→db tcp://db.wso2.com:3306',
    ]);
  });

  it('says what each probe is for, with the key that names it', () => {
    const probes = plan('distributed-3.2.0.json', 'gw');
    expect(probes.find((p) => p.port === 5675)?.why).toBe(
      'throttling decisions (AMQP): apim.throttling.throttle_decision_endpoints = tcp://tm.wso2.com:5675',
    );
    expect(probes.find((p) => p.port === 3306)?.why).toBe('MySQL server (JDBC) for gw');
  });

  it('marks the gateway URLs only shown to API consumers as not required', () => {
    const shown = plan('distributed-4.4.0.json', 'cp').filter((p) => !p.required);
    expect(shown.map((p) => p.port).sort()).toEqual([8021, 8099, 8243, 8280, 9021, 9099]);
  });

  it('goes through a load balancer for HTTPS, and to every member for binary and AMQP', () => {
    const probes = plan('ha-4.6.0.json', 'gw1').filter((p) => p.edge.id === 'gw1--tm-lb');
    expect(probes.map(line)).toEqual([
      'gw1→tm-lb https://tm.am.wso2.com:443/services/Version',
      'gw1→tm1 tcp://traffic-manager-1:5672',
      'gw1→tm2 tcp://traffic-manager-2:5672',
      'gw1→tm1 tcp://traffic-manager-1:9611',
      'gw1→tm2 tcp://traffic-manager-2:9611',
      'gw1→tm1 tls://traffic-manager-1:9711',
      'gw1→tm2 tls://traffic-manager-2:9711',
    ]);
  });

  it("takes a load balancer's view of its members", () => {
    expect(plan('ha-4.6.0.json', 'gw-lb').map(line)).toEqual([
      'gw-lb→gw1 https://gw1.wso2.com:9443/services/Version',
      'gw-lb→gw1 tls://gw1.wso2.com:8243',
      'gw-lb→gw2 https://gw2.wso2.com:9443/services/Version',
      'gw-lb→gw2 tls://gw2.wso2.com:8243',
    ]);
  });

  it('reads the 2.x fragments', () => {
    expect(plan('distributed-2.6.0.json', 'gw').map(line)).toContain(
      'gw→tm1 tcp://tm1.wso2.com:5675',
    );
  });

  it('covers every valid edge of every example, each probe on a port its target listens on', () => {
    for (const name of ['distributed-4.7.0.json', 'ha-3.2.0.json', 'km-separated-4.7.0.json']) {
      const t = loadExample(name);
      const probes = plan(name);
      const probed = new Set(probes.map((p) => p.edge.index));
      const expected = t.edges.map((_, i) => i);
      expect([...probed].sort((a, b) => a - b)).toEqual(expected);
    }
  });

  it('refuses an unknown --from node and a design with errors, saying why', () => {
    expect(probePlan(loadExample('distributed-3.2.0.json'), 'nope')).toEqual({
      ok: false,
      message: 'no node "nope" in the design (nodes: km, pub, store, tm, gw, db)',
    });
    const t = loadExample('distributed-3.2.0.json');
    const bad = topology({ ...t, edges: [] });
    expect(probePlan(bad).ok).toBe(false);
  });
});
