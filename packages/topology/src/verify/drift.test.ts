import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExample, topology } from '../../test/helpers.js';
import { render } from '../render/index.js';
import type { Topology } from '../topology.js';
import { drift } from './drift.js';
import type { DriftReport, LiveFile } from './types.js';

const EXAMPLES = [
  'distributed-2.6.0.json',
  'distributed-3.1.0.json',
  'distributed-3.2.0.json',
  'distributed-4.4.0.json',
  'distributed-4.5.0.json',
  'distributed-4.7.0.json',
  'ha-3.2.0.json',
  'ha-4.4.0.json',
  'ha-4.6.0.json',
  'ha-4.7.0.json',
  'km-separated-4.4.0.json',
  'multiple-gateways-2.6.0.json',
  'multiple-gateways-3.2.0.json',
  'split-databases-3.2.0.json',
];

function bundle(t: Topology): LiveFile[] {
  const r = render(t);
  if (!r.ok) throw new Error('the example does not render');
  return [...r.files];
}

function ok(report: DriftReport) {
  if (!report.ok) throw new Error(report.message);
  return report;
}

/** `key=type/severity` per node, for exact comparisons. */
function summary(report: DriftReport) {
  return Object.fromEntries(
    ok(report).nodes.map((n) => [
      n.nodeId,
      [n.status, ...n.findings.map((f) => `${f.key}=${f.type}/${f.severity}`)],
    ]),
  );
}

/** Replaces `from` by `to` in one file of the bundle; the test fails if `from` is not there. */
function edit(files: LiveFile[], path: string, from: string, to: string): LiveFile[] {
  return files.map((f) => {
    if (f.path !== path) return f;
    if (!f.contents.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
    return { ...f, contents: f.contents.replace(from, to) };
  });
}

describe('drift: an untouched bundle', () => {
  it.each(EXAMPLES)('%s has no difference at all', (name) => {
    const t = loadExample(name);
    const report = ok(drift(t, bundle(t)));
    expect(report.counts).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(report.clean).toBe(true);
    expect(report.unmatched).toEqual([]);
    expect(report.nodes.every((n) => n.status === 'ok' && n.files.length > 0)).toBe(true);
  });
});

describe('drift: the changes operators make (API-M 4.4, HA)', () => {
  const t = loadExample('ha-4.4.0.json');
  const GW1 = 'gw1/repository/conf/deployment.toml';
  const GW2 = 'gw2/repository/conf/deployment.toml';
  const TM1 = 'traffic-manager-1/repository/conf/deployment.toml';
  const TM2 = 'traffic-manager-2/repository/conf/deployment.toml';
  let files = bundle(t);
  // A Traffic Manager removed from a gateway's decision endpoints.
  files = edit(
    files,
    GW1,
    'throttle_decision_endpoints = [ "tcp://traffic-manager-1:5672", "tcp://traffic-manager-2:5672" ]',
    'throttle_decision_endpoints = [ "tcp://traffic-manager-1:5672" ]',
  );
  // A changed port.
  files = edit(
    files,
    GW2,
    'service_url = "https://api.am.wso2.com/services/"',
    'service_url = "https://api.am.wso2.com:9443/services/"',
  );
  // An added key the design does not model.
  files = edit(files, TM1, '[server]\n', '[server]\nenable_log_masking = true\n');
  // A missing file.
  files = files.filter((f) => f.path !== TM2);
  const report = ok(drift(t, files));

  it('reports exactly those differences, and nothing for the untouched nodes', () => {
    expect(summary(report)).toEqual({
      cp1: ['ok'],
      cp2: ['ok'],
      tm1: ['ok', 'server.enable_log_masking=not-in-design/info'],
      tm2: ['no-file'],
      gw1: ['drift', 'apim.throttling.throttle_decision_endpoints=changed/error'],
      gw2: ['drift', 'apim.key_manager.service_url=changed/error'],
    });
    expect(report.counts).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(report.clean).toBe(false);
  });

  it("gives the design's value, the live value and what the difference breaks", () => {
    const gw1 = report.nodes.find((n) => n.nodeId === 'gw1')?.findings[0];
    expect(gw1).toMatchObject({
      design: '["tcp://traffic-manager-1:5672", "tcp://traffic-manager-2:5672"]',
      live: '["tcp://traffic-manager-1:5672"]',
    });
    expect(gw1?.breaks).toBe(
      'misses tcp://traffic-manager-2:5672 (Traffic Manager traffic-manager-2): throttling decisions from that Traffic Manager do not reach this node, so requests over a limit are not stopped',
    );
    const gw2 = report.nodes.find((n) => n.nodeId === 'gw2')?.findings[0];
    expect(gw2?.breaks).toMatch(
      /^misses https:\/\/api\.am\.wso2\.com\/services\/ .*key validation/,
    );
    expect(gw2?.breaks).toContain('https://api.am.wso2.com:9443/services/');
  });

  it('names the edges the changed keys carry', () => {
    const edgeOf = (a: string, b: string) =>
      t.edges.findIndex(
        (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
      );
    const gw1 = report.nodes.find((n) => n.nodeId === 'gw1')?.findings[0];
    expect(gw1?.edges.map((e) => e.index)).toEqual([edgeOf('gw1', 'tm-lb')]);
    const gw2 = report.nodes.find((n) => n.nodeId === 'gw2')?.findings[0];
    expect(gw2?.edges.map((e) => e.index)).toEqual([edgeOf('gw2', 'cp-lb')]);
  });

  it('lists the node without a file, with the file it expects', () => {
    const tm2 = report.nodes.find((n) => n.nodeId === 'tm2');
    expect(tm2?.files).toEqual([]);
    expect(tm2?.matchDetail).toBe(`no live file for ${TM2}`);
  });
});

describe('drift: files as operators keep them (no header comment, named by host)', () => {
  const t = loadExample('distributed-3.2.0.json');
  const hostOf = new Map(t.nodes.map((n) => [n.name, n.host]));
  const files = bundle(t)
    .filter((f) => f.path.endsWith('.toml'))
    .map((f) => ({
      path: `${hostOf.get(f.path.split('/')[0] ?? '')}/deployment.toml`,
      contents: f.contents
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    }));

  it('matches every file to its node by host, with no difference', () => {
    const report = ok(drift(t, files));
    expect(report.nodes.map((n) => [n.nodeId, n.matchedBy, n.status])).toEqual([
      ['km', 'host', 'ok'],
      ['pub', 'host', 'ok'],
      ['store', 'host', 'ok'],
      ['tm', 'host', 'ok'],
      ['gw', 'host', 'ok'],
    ]);
    expect(report.nodes[0]?.matchDetail).toBe('[server] hostname = "km.wso2.com"');
  });

  it('hides credentials, and ranks shipped defaults and credentials as warnings', () => {
    const gw = 'gw.wso2.com/deployment.toml';
    let changed = edit(files, gw, 'password = "admin"', 'password = "s3cr3t-live"');
    changed = edit(changed, gw, 'expiry_time = 900', 'expiry_time = 300');
    const report = ok(drift(t, changed));
    const findings = report.nodes.find((n) => n.nodeId === 'gw')?.findings ?? [];
    expect(findings.map((f) => [f.key, f.type, f.severity, f.design, f.live])).toEqual([
      ['super_admin.password', 'changed', 'warning', '"(hidden)"', '"(hidden)"'],
      ['apim.cache.jwt_claim.expiry_time', 'changed', 'warning', '900', '300'],
    ]);
    expect(JSON.stringify(report)).not.toContain('s3cr3t-live');
    expect(report.clean).toBe(true);
  });

  it('calls a second Traffic Manager URL group extra, naming what it points at', () => {
    const gw = 'gw.wso2.com/deployment.toml';
    const added = edit(
      files,
      gw,
      '[[apim.throttling.url_group]]',
      '[[apim.throttling.url_group]]\ntraffic_manager_urls = [ "tcp://tm9.example.com:9611" ]\n\n[[apim.throttling.url_group]]',
    );
    const report = ok(drift(t, added));
    const findings = report.nodes.find((n) => n.nodeId === 'gw')?.findings ?? [];
    expect(findings.map((f) => `${f.key}=${f.type}/${f.severity}`)).toEqual([
      'apim.throttling.url_group[0]=extra/error',
    ]);
    expect(findings[0]?.breaks).toBe(
      'also points at tcp://tm9.example.com:9611 (no node of the design listens there): a connection the design does not give this node',
    );
  });
});

describe('drift: bad input is reported, never thrown', () => {
  const t = loadExample('distributed-4.4.0.json');
  const files = bundle(t);

  it('says where a file is not TOML, and still knows its node by its folder', () => {
    const broken = edit(files, 'gw/repository/conf/deployment.toml', 'offset = 0', 'offset = = 0');
    const report = ok(drift(t, broken));
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: 'gw/repository/conf/deployment.toml',
        line: 9,
        message: expect.stringMatching(/^not valid TOML: /),
      }),
    ]);
    expect(report.nodes.find((n) => n.nodeId === 'gw')?.status).toBe('unreadable');
    expect(report.clean).toBe(false);
  });

  it('lists files with no node, and files of another format', () => {
    const report = ok(
      drift(t, [
        ...files,
        { path: 'stranger/deployment.toml', contents: '[server]\nhostname = "x.example.com"\n' },
        { path: 'notes.txt', contents: 'hello' },
        { path: 'old/carbon.xml', contents: '<Server/>' },
        { path: 'tuning.toml', contents: 'a = 1\n' },
      ]),
    );
    expect(report.unmatched).toEqual([
      { path: 'notes.txt', why: 'not a deployment.toml or an XML configuration file' },
      {
        path: 'old/carbon.xml',
        why: 'API-M 4.4.0 is configured in deployment.toml, and this file is XML',
      },
      {
        path: 'stranger/deployment.toml',
        why: 'no node of the design has its host "x.example.com", its folder name "stranger" or its kind\'s keys',
      },
      {
        path: 'tuning.toml',
        why: 'not an API-M deployment.toml (no [server], [apim] or [database] table)',
      },
    ]);
  });

  it('refuses to compare with a design that has errors', () => {
    const bad = topology({ ...t, nodes: t.nodes.map((n) => ({ ...n, host: 'not a host' })) });
    const report = drift(bad, files);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.diagnostics.map((d) => d.code)).toContain('invalid-host');
  });

  it('never throws, whatever the files hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom('gw.toml', 'a/b/deployment.toml', 'x/carbon.xml', 'y.txt'),
            contents: fc.string({ maxLength: 200 }),
          }),
          { maxLength: 5 },
        ),
        (random) => {
          expect(drift(t, random).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('drift: API-M 2.6 XML', () => {
  const t = loadExample('distributed-2.6.0.json');
  const files = bundle(t);

  it("compares a fragment file's elements: a Traffic Manager removed from the receiver group", () => {
    const changed = edit(
      files,
      'gw/repository/conf/api-manager.xml.fragments.xml',
      ',{tcp://tm2.wso2.com:9616}',
      '',
    );
    const report = ok(drift(t, changed));
    const gw = report.nodes.find((n) => n.nodeId === 'gw');
    expect(gw?.findings.map((f) => [f.key, f.type, f.severity, f.breaks])).toEqual([
      [
        '/APIManager/ThrottlingConfigurations/TrafficManager/ReceiverUrlGroup',
        'changed',
        'error',
        "misses tcp://tm2.wso2.com:9616 (Traffic Manager tm2): throttle events are not published to that Traffic Manager, so its counters miss this node's traffic",
      ],
    ]);
    expect(report.counts.errors).toBe(1);
  });

  it("reads a server's full carbon.xml, ignoring what the design does not write", () => {
    const carbon = [
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<!-- the product ships this file -->',
      '<Server xmlns="http://wso2.org/projects/carbon/carbon.xml">',
      '  <Name>WSO2 API Manager</Name>',
      '  <HostName>tm.wso2.com</HostName>',
      '  <MgtHostName>tm.wso2.com</MgtHostName>',
      '  <Ports><Offset>7</Offset><JMX><RMIRegistryPort>9999</RMIRegistryPort></JMX></Ports>',
      '</Server>',
    ].join('\n');
    const live = [
      ...files.filter((f) => f.path !== 'tm1/repository/conf/carbon.xml.fragments.xml'),
      { path: 'tm1/repository/conf/carbon.xml', contents: carbon },
    ];
    const report = ok(drift(t, live));
    const tm1 = report.nodes.find((n) => n.nodeId === 'tm1');
    expect(tm1?.findings.map((f) => [f.key, f.type, f.design, f.live])).toEqual([
      ['/Server/Ports/Offset', 'changed', '"3"', '"7"'],
    ]);
  });

  it('says where a file is not XML', () => {
    const broken = edit(
      files,
      'gw/repository/conf/carbon.xml.fragments.xml',
      '</fragments>',
      '</fragment>',
    );
    const report = ok(drift(t, broken));
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: 'gw/repository/conf/carbon.xml.fragments.xml',
        message: expect.stringMatching(/^not valid XML: .*closes/),
        line: expect.any(Number),
      }),
    ]);
  });
});
