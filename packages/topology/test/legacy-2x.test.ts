/**
 * API-M 2.x (issue 8, document 001): per node, the XML the document prescribes, as well-formed
 * fragments that say where they go. Document 001's three-instance setup gives exactly its values.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { render, type Topology } from '../src/index.js';
import { loadExample } from './helpers.js';
import { allKindsTopology, distributed } from './topologies.js';

interface Fragment {
  '@_path': string;
  [element: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'fragment' || name === 'Environment',
});

function bundle(t: Topology): Map<string, string> {
  const r = render(t);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return new Map(r.files.map((f) => [f.path, f.contents]));
}

/** path → the fragment's element value. */
function fragments(xml: string): Map<string, unknown> {
  const doc = parser.parse(xml) as { fragments: { '@_file': string; fragment?: Fragment[] } };
  return new Map(
    (doc.fragments.fragment ?? []).map((f) => {
      const name = Object.keys(f).find((k) => !k.startsWith('@_')) ?? '';
      return [f['@_path'], f[name]];
    }),
  );
}

describe('document 001: three instances on one host, API-M 2.6.0', () => {
  const files = bundle(loadExample('multiple-gateways-2.6.0.json'));

  it('writes XML fragments, not deployment.toml, for each node', () => {
    expect([...files.keys()].filter((p) => p.endsWith('.toml'))).toEqual([]);
    for (const node of ['instance-1', 'instance-2', 'instance-3']) {
      expect(files.has(`${node}/repository/conf/carbon.xml.fragments.xml`)).toBe(true);
      expect(files.has(`${node}/repository/conf/api-manager.xml.fragments.xml`)).toBe(true);
    }
  });

  it('sets each gateway instance’s <Offset> in carbon.xml', () => {
    expect(
      fragments(files.get('instance-2/repository/conf/carbon.xml.fragments.xml') ?? '').get(
        '/Server/Ports/Offset',
      ),
    ).toBe('1');
    expect(
      fragments(files.get('instance-3/repository/conf/carbon.xml.fragments.xml') ?? '').get(
        '/Server/Ports/Offset',
      ),
    ).toBe('2');
  });

  it('lists the two gateway environments on the first instance, with the document’s values', () => {
    const envs = fragments(
      files.get('instance-1/repository/conf/api-manager.xml.fragments.xml') ?? '',
    ).get('/APIManager/APIGateway/Environments') as { Environment: Record<string, string>[] };
    expect(envs.Environment).toEqual([
      {
        '@_type': 'production',
        '@_api-console': 'true',
        Name: 'Production Gateway',
        Description: 'Production Gateway Environment',
        ServerURL: 'https://localhost:9444/services/',
        Username: 'admin',
        Password: 'admin',
        GatewayEndpoint: 'http://localhost:8281,https://localhost:8244',
      },
      {
        '@_type': 'sandbox',
        '@_api-console': 'true',
        Name: 'Sandbox Gateway',
        Description: 'Sandbox Gateway Environment',
        ServerURL: 'https://localhost:9445/services/',
        Username: 'admin',
        Password: 'admin',
        GatewayEndpoint: 'http://localhost:8282,https://localhost:8245',
      },
    ]);
  });

  it('points both gateways at the first instance’s Key Manager and disables their Thrift server', () => {
    for (const node of ['instance-2', 'instance-3']) {
      const f = fragments(files.get(`${node}/repository/conf/api-manager.xml.fragments.xml`) ?? '');
      expect(f.get('/APIManager/AuthManager/ServerURL')).toBe('https://localhost:9443/services/');
      expect(f.get('/APIManager/AuthManager/Username')).toBe('admin');
      expect(f.get('/APIManager/AuthManager/Password')).toBe('admin');
      expect(f.get('/APIManager/APIKeyValidator/ServerURL')).toBe(
        'https://localhost:9443/services/',
      );
      expect(f.get('/APIManager/APIKeyValidator/Username')).toBe('admin');
      expect(f.get('/APIManager/APIKeyValidator/Password')).toBe('admin');
      expect(f.get('/APIManager/OAuthConfigurations/RevokeAPIURL')).toBe(
        'https://localhost:8243/revoke',
      );
      expect(f.get('/APIManager/APIKeyValidator/EnableThriftServer')).toBe('false');
      // The Thrift client would dial localhost:10397 + the gateway's own offset, not the Key Manager.
      expect(f.get('/APIManager/APIKeyValidator/KeyValidatorClientType')).toBe('WSClient');
    }
  });

  it('starts 2.x nodes optimised for their profile, with no --skipConfigOptimization', () => {
    const readme = files.get('README.md') ?? '';
    // product-apim v2.6.0 startup-scripts/wso2server.sh:159-169 runs profileSetup.sh only in its
    // --optimize branch; 2.6 has no deployment.toml to keep, so no --skipConfigOptimization.
    expect(readme).toContain('sh bin/wso2server.sh --optimize -Dprofile=gateway-worker`');
    expect(readme).not.toContain('--skipConfigOptimization`');
  });
});

describe('every 2.x fragment file is well-formed XML', () => {
  const hostile = distributed('2.6.0');
  const withText: Topology = {
    ...hostile,
    settings: {
      ...hostile.settings,
      superAdmin: { username: 'a<b>&"c', password: ']]> --> <!--' },
    },
    nodes: hostile.nodes.map((n) =>
      n.kind === 'gateway'
        ? {
            ...n,
            name: 'gw <x> & "y" -- z',
            environment: { ...n.environment, name: '</Name><Name>x', description: 'a & b <c>' },
          }
        : n,
    ),
  };
  it.each([
    ['document 001', loadExample('multiple-gateways-2.6.0.json')],
    ['the five-node setup on 2.6.0', distributed('2.6.0')],
    ['every kind on 2.6.0', allKindsTopology('2.6.0')],
    ['hostile names and credentials', withText],
  ])('%s', (_label, t) => {
    const files = [...bundle(t)].filter(([p]) => p.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(0);
    for (const [path, xml] of files) {
      expect(XMLValidator.validate(xml), path).toBe(true);
      expect(parser.parse(xml).fragments, path).toBeDefined();
    }
  });

  it('keeps hostile text as text', () => {
    const f = [...bundle(withText)];
    const dp =
      f.find(([p]) => p === 'store/repository/conf/api-manager.xml.fragments.xml')?.[1] ?? '';
    const env = (
      fragments(dp).get('/APIManager/APIGateway/Environments') as {
        Environment: Record<string, string>[];
      }
    ).Environment[0];
    // One <Name> element whose text is the user's, markup characters and all.
    expect(env?.Name).toBe('</Name><Name>x');
    expect(env?.Description).toBe('a & b <c>');
    expect(dp).toContain('<Name>&lt;/Name&gt;&lt;Name&gt;x</Name>');
  });
});
