import { isApimNode } from '../kinds/guards.js';
import { describe, expect, it } from 'vitest';
import { parseTopology } from '../topology.js';
import { readFixture } from '../../test/helpers.js';
import { importConfigs } from './index.js';
import type { ImportFile } from './types.js';

const DOC_002 = ['km', 'tm', 'pub', 'store', 'gw'].map((n): ImportFile => ({
  path: `${n}.toml`,
  contents: readFixture(`doc-002/${n}.toml`),
}));

const pair = (a: string, b: string) => [a, b].sort().join('–');

describe('importConfigs: the WSO2 3.2 guide samples (document 002)', () => {
  const { topology, report } = importConfigs(DOC_002);
  const parsed = parseTopology(topology);

  it('recovers a valid document: kinds, hosts and offsets', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.topology.apimVersion).toBe('3.2.0');
    expect(
      parsed.topology.nodes.map((n) => [n.id, n.kind, n.host, 'offset' in n ? n.offset : null]),
    ).toEqual([
      ['gw', 'gateway', 'gw.wso2.com', 4],
      ['km', 'key-manager', 'km.wso2.com', 0],
      ['pub', 'publisher', 'pub.wso2.com', 1],
      ['store', 'devportal', 'store.wso2.com', 2],
      ['tm', 'traffic-manager', 'tm.wso2.com', 3],
      ['db', 'database', 'db.wso2.com', null],
    ]);
    expect(report.nodes.find((n) => n.nodeId === 'store')).toMatchObject({
      how: 'server_role',
      detail: 'api-store',
    });
  });

  it('recovers the connections from the URLs, and one MySQL server holding both databases', () => {
    const edges = new Set(topology?.edges.map((e) => pair(e.source, e.target)));
    for (const [a, b] of [
      ['km', 'tm'],
      ['gw', 'km'],
      ['gw', 'tm'],
      ['pub', 'gw'],
      ['pub', 'tm'],
      ['pub', 'store'],
      ['store', 'km'],
      ['store', 'tm'],
      ['store', 'gw'],
      ['pub', 'km'],
      ['db', 'km'],
      ['db', 'tm'],
      ['db', 'pub'],
      ['db', 'store'],
      ['db', 'gw'],
    ] as const)
      expect(edges, `${a}–${b}`).toContain(pair(a, b));
    const dbs = topology?.nodes.filter((n) => n.kind === 'database');
    expect(dbs).toEqual([
      expect.objectContaining({
        host: 'db.wso2.com',
        engine: 'mysql',
        apimDbName: 'apim_db',
        sharedDbName: 'shared_db',
        username: 'root',
        password: 'root',
      }),
    ]);
  });

  it('keeps the credentials and the gateway environment', () => {
    expect(topology?.settings.superAdmin).toEqual({ username: 'admin', password: 'admin' });
    expect(topology?.settings.keystore.fileName).toBe('wso2carbon.jks');
    expect(topology?.nodes.find((n) => n.id === 'gw')).toMatchObject({
      environment: {
        name: 'Production and Sandbox',
        type: 'hybrid',
        displayInApiConsole: true,
        showAsTokenEndpointUrl: true,
      },
    });
  });

  it('keeps what the model does not reproduce, verbatim, and reports it', () => {
    const store = topology?.nodes.find((n) => n.id === 'store');
    expect(store && isApimNode(store) ? store.extraConfig : undefined).toMatchObject({
      server: { server_role: 'api-store' },
      apim: { oauth_config: { revoke_endpoint: 'https://km.wso2.com:9443/revoke' } },
    });
    expect(report.kept).toContainEqual({
      nodeId: 'store',
      key: 'apim.oauth_config.revoke_endpoint',
    });
    expect(report.notes.some((n) => n.includes('ws_endpoint') && n.includes('9103'))).toBe(true);
  });

  it('is deterministic and does not depend on the order the files come in', () => {
    expect(importConfigs([...DOC_002].reverse())).toEqual(importConfigs(DOC_002));
  });
});

describe('importConfigs: files all named deployment.toml (as every server has it)', () => {
  it('names each node after its host, not "deployment"', () => {
    const bare = DOC_002.map((f) => ({ ...f, path: 'deployment.toml' }));
    const { topology, report } = importConfigs(bare);
    expect(topology?.nodes.map((n) => n.name).sort()).toEqual(
      ['db', 'gw', 'km', 'pub', 'store', 'tm'].sort(),
    );
    expect(report.nodes).toHaveLength(5);
  });
});

describe('importConfigs: problems go in the report', () => {
  it('names the file, line and column of a file that is not TOML', () => {
    const bad = {
      path: 'gw/repository/conf/deployment.toml',
      contents: '[server]\nhostname = "gw\n',
    };
    const { topology, report } = importConfigs([DOC_002[0] as ImportFile, bad]);
    expect(topology).toBeNull();
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: 'gw/repository/conf/deployment.toml',
        line: 2,
        column: expect.any(Number),
      }),
    ]);
  });

  it('says when there is no API-M file at all', () => {
    const { topology, report } = importConfigs([{ path: 'other.toml', contents: 'a = 1\n' }]);
    expect(topology).toBeNull();
    expect(report.errors[0]?.message).toMatch(/no API-M deployment\.toml/);
  });

  it('lists a URL to no known node in unmatched, and keeps the key', () => {
    const gw = readFixture('doc-002/gw.toml').replace(
      'https://km.wso2.com:9443/services/',
      'https://iam.example.org:9443/services/',
    );
    const { topology, report } = importConfigs([
      { path: 'gw.toml', contents: gw },
      ...DOC_002.slice(1),
    ]);
    expect(report.unmatched).toContainEqual({
      file: 'gw.toml',
      key: 'apim.key_manager.service_url',
      value: 'https://iam.example.org:9443/services/',
      why: 'no imported node has host iam.example.org',
    });
    const gwNode = topology?.nodes.find((n) => n.id === 'gw');
    expect(gwNode && isApimNode(gwNode) ? gwNode.extraConfig : undefined).toMatchObject({
      apim: { key_manager: { service_url: 'https://iam.example.org:9443/services/' } },
    });
  });
});

describe('importConfigs: files without server_role', () => {
  it('infers kinds from keys, and reads localhost with a port placeholder as the node itself', () => {
    const aio = [
      '[server]',
      'hostname = "localhost"',
      '',
      '[[apim.gateway.environment]]',
      'name = "Production and Sandbox"',
      'type = "hybrid"',
      'service_url = "https://localhost:${mgt.transport.https.port}/services/"',
    ].join('\n');
    const gw = [
      '[server]',
      'hostname = "localhost"',
      'offset = 1',
      '',
      '[apim.cors]',
      'allow_origins = "*"',
      '',
      '[apim.key_manager]',
      'service_url = "https://localhost:9443/services/"',
    ].join('\n');
    const { topology, report } = importConfigs([
      { path: 'aio/repository/conf/deployment.toml', contents: aio },
      { path: 'gw/repository/conf/deployment.toml', contents: gw },
    ]);
    expect(report.nodes.map((n) => [n.nodeId, n.kind, n.how])).toEqual([
      ['aio', 'all-in-one', 'inferred from keys'],
      ['gw', 'gateway', 'inferred from keys'],
    ]);
    expect(topology?.edges.map((e) => pair(e.source, e.target))).toEqual([pair('gw', 'aio')]);
    expect(
      report.notes.some((n) => n.includes('names no port') && n.includes('the node itself')),
    ).toBe(true);
  });
});
