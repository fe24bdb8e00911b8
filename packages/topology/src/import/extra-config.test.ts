import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/helpers.js';
import { TopologyModel } from '../model.js';
import { nodeConfig } from '../render/node-config.js';
import { parseToml, serializeToml, tomlData, type TomlSection, type TomlTable } from '../toml.js';
import { parseTopology } from '../topology.js';
import { applyExtraConfig, mergeValue } from '../generate/extra-config.js';
import { diffConfig, sameValue } from './extra-config.js';
import { importConfigs } from './index.js';

const SECTIONS: TomlSection[] = [
  { table: ['server'], values: { hostname: 'a', offset: 0 } },
  { table: ['transport', 'http'], values: { properties: { port: 9763 } } },
  { table: ['apim', 'throttling'], values: { service_url: 'x' } },
  { table: ['apim', 'throttling', 'url_group'], arrayOfTables: true, values: { u: ['1'] } },
  { table: ['apim', 'throttling', 'url_group'], arrayOfTables: true, values: { u: ['2'] } },
  { table: ['secrets'], values: { s: 'v' } },
];

describe('applyExtraConfig', () => {
  it('gives a file whose data is the generated data with the extra keys merged over it', () => {
    const extra: TomlTable = {
      top: 'root key',
      server: { offset: 3, extra_key: true },
      transport: { http: { properties: { proxyPort: 80 } } },
      apim: {
        throttling: { username: 'u', url_group: [{ u: ['9'] }] },
        cors: { allow_origins: '*' },
        flag: 1,
      },
      tenant_mgt: { enable_email_domain: true },
      event_listener: [{ id: 'a' }, { id: 'b' }],
    };
    const merged = applyExtraConfig(SECTIONS, extra);
    const text = serializeToml({ header: [], sections: merged });
    expect(parseToml(text)).toEqual(
      mergeValue(tomlData({ header: [], sections: SECTIONS }), extra),
    );
    expect(merged[merged.length - 1]?.table).toEqual(['secrets']);
  });

  it('changes nothing when there is nothing extra', () => {
    expect(applyExtraConfig(SECTIONS, {})).toEqual(SECTIONS);
  });
});

describe('diffConfig', () => {
  it('keeps differing and missing keys, treats "3306" as 3306, and lists added keys', () => {
    const d = diffConfig(
      { a: { port: '3306', x: 1, arr: [1, 2] }, b: 'only here' },
      { a: { port: 3306, x: 2, arr: [1, 2], y: true }, c: {} },
    );
    expect(d.extra).toEqual({ a: { x: 1 }, b: 'only here' });
    expect(d.kept).toEqual(['a.x', 'b']);
    expect(d.added).toEqual(['a.y', 'c']);
    expect(sameValue([{ a: 1 }], [{ a: '1' }])).toBe(true);
  });

  it('takes hostname, port and name as said by a JDBC url that names the same, and keeps them when it does not', () => {
    // Document 002 (the 3.2 distributed guide) writes [database.apim_db] hostname/name/port; the
    // render writes the url WSO2's 4.x templates use.
    const input = {
      database: {
        apim_db: { type: 'mysql', hostname: 'db.wso2.com', name: 'apim_db', port: '3306' },
      },
    };
    const same = {
      database: {
        apim_db: {
          type: 'mysql',
          url: 'jdbc:mysql://db.wso2.com:3306/apim_db?useSSL=false&amp;allowPublicKeyRetrieval=true',
        },
      },
    };
    expect(diffConfig(input, same).kept).toEqual([]);
    const other = {
      database: { apim_db: { type: 'mysql', url: 'jdbc:mysql://db.wso2.com:3307/apim_db' } },
    };
    expect(diffConfig(input, other).kept).toEqual([
      'database.apim_db.hostname',
      'database.apim_db.name',
      'database.apim_db.port',
    ]);
    const renamed = {
      database: { apim_db: { type: 'mysql', url: 'jdbc:mysql://db.wso2.com:3306/apim_db2' } },
    };
    expect(diffConfig(input, renamed).kept).toHaveLength(3);
  });
});

describe('nothing is lost: the guide samples, imported and rendered with their extraConfig', () => {
  it('give back every key and value of each file', () => {
    const files = ['km', 'tm', 'pub', 'store', 'gw'].map((n) => ({
      path: `${n}.toml`,
      contents: readFixture(`doc-002/${n}.toml`),
    }));
    const { topology } = importConfigs(files);
    if (!topology) throw new Error('no topology');
    const parsed = parseTopology(topology);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const model = new TopologyModel(parsed.topology);
    for (const node of model.apimNodes()) {
      const file = nodeConfig(model, node);
      const rendered = parseToml(serializeToml(file));
      const input = parseToml(readFixture(`doc-002/${node.id}.toml`));
      expect(diffConfig(input, rendered).kept, node.id).toEqual([]);
    }
  });
});
