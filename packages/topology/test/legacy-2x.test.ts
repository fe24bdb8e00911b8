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

describe('the 2.6 distributed-deployment guide: five roles, two Traffic Managers, one database', () => {
  // Sources: the 2.6 guide "Deploying WSO2 API-M in a Distributed Setup" (docs-apim conversion of AM260,
  // @073e3096) and "Installing and Configuring the Databases" (@2eed23f5); WSO2's 2.6 resources
  // (kubernetes-apim v2.6.0.9, advanced/pattern-3) for what the guide leaves implicit.
  const files = bundle(loadExample('distributed-2.6.0.json'));
  const of = (node: string, file: string) =>
    fragments(files.get(`${node}/repository/conf/${file}.fragments.xml`) ?? '<fragments/>');

  it('every node that publishes throttle events has a failover list over both Traffic Manager brokers', () => {
    // Guide step 6.6 item 4, tab "HA of Traffic Manager": failover='roundrobin', options joined by %26.
    const failover =
      "amqp://${admin.username}:${admin.password}@clientid/carbon?failover='roundrobin'%26cyclecount='2'%26" +
      "brokerlist='tcp://tm1.wso2.com:5675?retries='5'%26connectdelay='50';tcp://tm2.wso2.com:5677?retries='5'%26connectdelay='50''";
    const jms =
      '/APIManager/ThrottlingConfigurations/JMSConnectionDetails/JMSConnectionParameters/connectionfactory.TopicConnectionFactory';
    for (const node of ['gw', 'pub', 'store', 'km']) {
      const f = of(node, 'api-manager.xml');
      expect(f.get(jms), node).toBe(failover);
      // Item 1: "publishes events to both the Traffic Managers".
      expect(f.get('/APIManager/ThrottlingConfigurations/TrafficManager/ReceiverUrlGroup')).toBe(
        '{tcp://tm1.wso2.com:9614},{tcp://tm2.wso2.com:9616}',
      );
    }
    // The Publisher's jndi.properties lists both brokers too (pattern-3 apim-publisher jndi.properties:19).
    const jndi = files.get('pub/repository/conf/jndi.properties.fragments.properties') ?? '';
    const props = new Map(
      jndi
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.indexOf(' = ')), l.slice(l.indexOf(' = ') + 3)]),
    );
    expect(props.get('connectionfactory.TopicConnectionFactory')).toBe(
      failover.replace('${admin.username}:${admin.password}', 'admin:admin'),
    );
  });

  it('the Key Manager, Publisher and Store share WSO2AM_DB and the user store; the Publisher and Store the registry', () => {
    const source = (node: string, name: string) =>
      of(node, 'datasources/master-datasources.xml').get(
        `/datasources-configuration/datasources/datasource[name='${name}']`,
      ) as { jndiConfig: { name: string }; definition: { configuration: Record<string, string> } };
    for (const node of ['km', 'pub', 'store']) {
      const am = source(node, 'WSO2AM_DB');
      expect(am.jndiConfig.name).toBe('jdbc/WSO2AM_DB');
      expect(am.definition.configuration).toMatchObject({
        url: 'jdbc:mysql://db.wso2.com:3306/apimgtdb?autoReconnect=true&useSSL=false',
        username: 'apimuser',
        defaultAutoCommit: 'false',
        driverClassName: 'com.mysql.jdbc.Driver',
        validationQuery: 'SELECT 1',
      });
      expect(source(node, 'WSO2UM_DB').definition.configuration.url).toBe(
        'jdbc:mysql://db.wso2.com:3306/shareddb?autoReconnect=true&useSSL=false',
      );
      // Step 11: user-mgt.xml's user store reads jdbc/WSO2UM_DB.
      expect(
        of(node, 'user-mgt.xml').get(
          "/UserManager/Realm/Configuration/Property[@name='dataSource']",
        ),
      ).toMatchObject({ '#text': 'jdbc/WSO2UM_DB', '@_name': 'dataSource' });
    }
    // Step 12: the registry on WSO2REG_DB, mounted for governance and config (single tenant: Publisher, Store).
    for (const node of ['pub', 'store']) {
      const registry = of(node, 'registry.xml');
      expect(registry.get("/wso2registry/remoteInstance[id='gov']")).toMatchObject({
        cacheId: 'apimuser@jdbc:mysql://db.wso2.com:3306/shareddb',
        dbConfig: 'govregistry',
      });
      expect(registry.get("/wso2registry/mount[@path='/_system/config']")).toMatchObject({
        instanceId: 'gov',
        targetPath: '/_system/config',
      });
    }
    expect(files.has('km/repository/conf/registry.xml.fragments.xml')).toBe(false);
    for (const node of ['gw', 'tm1', 'tm2'])
      expect(
        [...files.keys()].filter((p) => p.startsWith(`${node}/`) && p.includes('datasources')),
      ).toEqual([]);
  });

  it('the Key Manager, Publisher and Store revoke tokens through the gateway; the gateway only names the Key Manager', () => {
    for (const node of ['km', 'pub', 'store'])
      expect(of(node, 'api-manager.xml').get('/APIManager/OAuthConfigurations/RevokeAPIURL')).toBe(
        'https://gw.wso2.com:8247/revoke',
      );
    const gw = of('gw', 'api-manager.xml');
    expect(gw.get('/APIManager/APIKeyValidator/ServerURL')).toBe(
      'https://km.wso2.com:9443/services/',
    );
    expect(gw.has('/APIManager/OAuthConfigurations/RevokeAPIURL')).toBe(false);
  });

  it('starts each node optimised and says what the optimizer needs', () => {
    const readme = files.get('README.md') ?? '';
    expect(readme).toContain('sh bin/wso2server.sh --optimize -Dprofile=traffic-manager`');
    expect(readme).toContain('`libxml2-utils`');
    expect(readme).not.toContain('by hand');
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
    ['the 2.6 distributed guide', loadExample('distributed-2.6.0.json')],
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
