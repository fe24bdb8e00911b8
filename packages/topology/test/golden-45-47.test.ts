/**
 * API-M 4.5, 4.6 and 4.7 (issue 15): the examples distributed-<v>, ha-<v> and km-separated-4.7.0 hold
 * every key and value of the samples in WSO2's guides for that release (test/fixtures/docs-4.5-4.7,
 * copied verbatim from wso2/docs-api-platform@841926dd: api-manager/<v>/includes/deploy/
 * steps-to-deploy-apim-in-a-distributed-setup-with-{tm,km}-separation.md, "Sample configuration for
 * the …", tabs "Single Node" and "HA Cluster"; fixtures/docs-4.5-4.7/INDEX.md lists each), except the
 * deviations listed with their reasons. The release-specific keys are checked against the templates
 * and docs they come from.
 */
import { describe, expect, it } from 'vitest';
import { parseToml, render, type TomlTable } from '../src/index.js';
import { ABSENT, expectHoldsSample, type Deviation } from './compare.js';
import { LB_PLACEHOLDER, h2, mysqlLocation, users, TLS_KEYSTORE } from './guide-deviations.js';
import { loadExample, readFixture } from './helpers.js';

const VERSIONS = ['4.5.0', '4.6.0', '4.7.0'] as const;

const REDIS_GROUP =
  "This example shares the Traffic Managers' counters in Redis (docs-apim 4.6.0 api-gateway/rate-limiting/" +
  'distributed-throttling.md): gateways then send each event to one of them, through one url_group of ' +
  'type = "loadbalance"; the TM-separated sample has no Redis, so one url_group per Traffic Manager.';

const gatewayLb = (v: string): Deviation[] =>
  (['service_url', 'ws_endpoint', 'wss_endpoint', 'http_endpoint', 'https_endpoint'] as const).map(
    (k) => ({
      key: `apim.gateway.environment[0].${k}`,
      generated: {
        service_url: 'https://gw.wso2.com:9443/services/',
        ws_endpoint: 'ws://gw.wso2.com:9099',
        wss_endpoint: 'wss://gw.wso2.com:8099',
        http_endpoint: 'http://gw.wso2.com',
        https_endpoint: 'https://gw.wso2.com',
      }[k],
      reason:
        k === 'service_url'
          ? `${LB_PLACEHOLDER} API deployments go to its management port 9443 (${v}: as in 4.4).`
          : LB_PLACEHOLDER,
    }),
  );

const redisGroups = (v: string): Deviation[] =>
  v === '4.5.0'
    ? []
    : [
        {
          key: 'apim.throttling.url_group[0].traffic_manager_urls',
          generated: ['tcp://traffic-manager-1:9611', 'tcp://traffic-manager-2:9611'],
          reason: REDIS_GROUP,
        },
        {
          key: 'apim.throttling.url_group[0].traffic_manager_auth_urls',
          generated: ['ssl://traffic-manager-1:9711', 'ssl://traffic-manager-2:9711'],
          reason: REDIS_GROUP,
        },
        {
          key: 'apim.throttling.url_group[1].traffic_manager_urls',
          generated: ABSENT,
          reason: REDIS_GROUP,
        },
        {
          key: 'apim.throttling.url_group[1].traffic_manager_auth_urls',
          generated: ABSENT,
          reason: REDIS_GROUP,
        },
      ];

interface Case {
  readonly example: string;
  readonly sample: string;
  readonly file: string;
  readonly deviations: readonly Deviation[];
}

const CASES: Case[] = VERSIONS.flatMap((v): Case[] => [
  {
    example: `distributed-${v}`,
    sample: `${v}/tm-separated/single/cp.toml`,
    file: 'cp',
    deviations: [
      ...mysqlLocation('apim_db', 'shared_db'),
      ...users('root', ['apim_db', 'shared_db'], 'root'),
    ],
  },
  {
    example: `distributed-${v}`,
    sample: `${v}/tm-separated/single/gw.toml`,
    file: 'gw',
    deviations: h2('gw'),
  },
  {
    example: `distributed-${v}`,
    sample: `${v}/tm-separated/single/tm.toml`,
    file: 'tm',
    deviations: h2('tm'),
  },
  {
    example: `ha-${v}`,
    sample: `${v}/tm-separated/ha/cp.toml`,
    file: 'apim-cp-1',
    deviations: [
      ...mysqlLocation('apim_db', 'shared_db'),
      ...users('wso2carbon', ['apim_db', 'shared_db']),
      ...gatewayLb(v),
    ],
  },
  {
    example: `ha-${v}`,
    sample: `${v}/tm-separated/ha/gw.toml`,
    file: 'gw1',
    deviations: [
      ...mysqlLocation('shared_db'),
      ...users('wso2carbon', ['shared_db']),
      ...redisGroups(v),
    ],
  },
  {
    example: `ha-${v}`,
    sample: `${v}/tm-separated/ha/tm.toml`,
    file: 'traffic-manager-1',
    deviations: [...mysqlLocation('shared_db'), ...users('wso2carbon', ['shared_db'])],
  },
]);

const CP_HOST =
  'The sample leaves "control-plane-host" for the control plane; the topology names it (cp.wso2.com).';
const KM_CASES: Case[] = [
  {
    example: 'km-separated-4.7.0',
    sample: '4.7.0/km-separated/single/km.toml',
    file: 'km',
    deviations: [
      ...mysqlLocation('apim_db', 'shared_db').filter((d) => d.key !== 'database.apim_db.name'),
      {
        key: 'database.apim_db.name',
        generated: ABSENT,
        reason:
          "The Key Manager's sample names WSO2AM_DB apimgt_db, the control plane's apim_db: both must use one " +
          'WSO2AM_DB, which the example names apim_db (in the MySQL url).',
      },
      {
        key: 'database.apim_db.username',
        generated: 'apimadmin',
        reason: "The sample's apiadmin is a typo of the control plane's apimadmin: one user here.",
      },
      {
        key: 'apim.event_hub.service_url',
        generated: 'https://cp.wso2.com:9443/services/',
        reason: CP_HOST,
      },
      {
        key: 'apim.event_hub.event_listening_endpoints',
        generated: ['tcp://cp.wso2.com:5672'],
        reason: CP_HOST,
      },
    ],
  },
  {
    example: 'km-separated-4.7.0',
    sample: '4.7.0/km-separated/single/cp.toml',
    file: 'cp',
    deviations: [
      ...mysqlLocation('apim_db', 'shared_db'),
      ...users('apimadmin', ['shared_db']),
      {
        key: 'event_listener[0].properties.notification_endpoint',
        generated: 'https://cp.wso2.com:9443/internal/data/v1/notify',
        reason:
          'The same endpoint, the node itself: the designer writes its host and port rather than localhost and ' +
          '${mgt.transport.https.port}.',
      },
    ],
  },
  {
    example: 'km-separated-4.7.0',
    sample: '4.7.0/km-separated/single/gw.toml',
    file: 'gw',
    deviations: h2('gw', 'apimadmin', null),
  },
  {
    example: 'km-separated-4.7.0',
    sample: '4.7.0/km-separated/single/tm.toml',
    file: 'tm',
    deviations: h2('tm', 'apimadmin', null),
  },
];

function generated(example: string, file: string): string {
  const r = render(loadExample(`${example}.json`));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const toml = r.files.find((f) => f.path === `${file}/repository/conf/deployment.toml`)?.contents;
  if (toml === undefined) throw new Error(`${example}: no ${file}`);
  return toml;
}

describe.each([...CASES, ...KM_CASES])(
  'guide sample $sample',
  ({ example, sample, file, deviations }) => {
    it(`is held by ${file} of ${example}`, () => {
      expectHoldsSample(generated(example, file), readFixture(`docs-4.5-4.7/${sample}`), [
        ...deviations,
        TLS_KEYSTORE,
      ]);
    });
  },
);

const table = (example: string, file: string) => parseToml(generated(example, file));
const at = (t: TomlTable, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], t);

describe('what each release changed', () => {
  it.each(VERSIONS)(
    '%s: every node is server_role "default" (each distribution\'s infer.json)',
    (v) => {
      // product-apim v4.5.0-acp api-control-plane/.../resources/conf/infer.json:2-14 (and -gw, -tm):
      // the component distributions infer their role from "default" only.
      for (const file of ['cp', 'gw', 'tm'])
        expect(at(table(`distributed-${v}`, file), 'server', 'server_role')).toBe('default');
    },
  );

  it.each(['4.6.0', '4.7.0'])('%s: a gateway registers with a stable gateway_id', (v) => {
    // docs-api-platform api-manager/4.6.0/includes/deploy/…-tm-separation.md, Gateway step 4;
    // carbon-apimgt 9.32.147 api-manager.xml.j2:2053-2079 (GatewayNotificationConfiguration).
    expect(at(table(`distributed-${v}`, 'gw'), 'apim', 'gateway_notification', 'gateway_id')).toBe(
      'gw',
    );
    expect(at(table('distributed-4.5.0', 'gw'), 'apim', 'gateway_notification')).toBeUndefined();
  });

  it.each(['4.6.0', '4.7.0'])(
    '%s: Traffic Managers and control planes share counters in Redis',
    (v) => {
      // fixtures/docs-4.5-4.7/<v>/distributed-throttling/cp-tm.toml (docs-api-platform
      // api-manager/<v>/api-gateway/rate-limiting/distributed-throttling.md), with the example's host.
      for (const file of ['traffic-manager-1', 'apim-cp-2']) {
        const t = table(`ha-${v}`, file);
        expect(at(t, 'apim', 'distributed_throttling')).toMatchObject({
          enable: true,
          type: 'redis',
          keyvalue_store: {
            host: 'redis.wso2.com',
            port: 6379,
            password: '$secret{redis_password}',
          },
        });
      }
      const snippet = parseToml(
        readFixture(`docs-4.5-4.7/${v}/distributed-throttling/cp-tm.toml`),
      ) as TomlTable;
      const generatedKeys = Object.keys(
        at(table(`ha-${v}`, 'traffic-manager-1'), 'apim', 'distributed_throttling') as object,
      );
      for (const k of ['enable', 'type', 'sync_interval', 'core_pool_size', 'keyvalue_store'])
        expect(Object.keys(at(snippet, 'apim', 'distributed_throttling') as object)).toContain(k);
      expect(generatedKeys).toEqual([
        'enable',
        'type',
        'sync_interval',
        'core_pool_size',
        'keyvalue_store',
      ]);
      // The gateways: one load-balanced group of every Traffic Manager (the guide's gateway snippet).
      expect(at(table(`ha-${v}`, 'gw1'), 'apim', 'throttling', 'url_group')).toEqual([
        {
          traffic_manager_urls: ['tcp://traffic-manager-1:9611', 'tcp://traffic-manager-2:9611'],
          traffic_manager_auth_urls: [
            'ssl://traffic-manager-1:9711',
            'ssl://traffic-manager-2:9711',
          ],
          type: 'loadbalance',
        },
      ]);
    },
  );

  it('4.7.0: every node has the same [encryption] key', () => {
    // docs-api-platform api-manager/4.7.0/install-and-setup/setup/security/encryption/symmetric-encryption.md
    // ("all API Manager instances must use the exact same [encryption] key"); fixtures/docs-4.5-4.7/4.7.0/
    // all-in-one-ha/node1.toml, step 4.
    for (const file of ['apim-cp-1', 'apim-cp-2', 'traffic-manager-1', 'gw1', 'gw2'])
      expect(at(table('ha-4.7.0', file), 'encryption', 'key')).toBe('$secret{encryption_key}');
    expect(at(table('ha-4.6.0', 'gw1'), 'encryption')).toBeUndefined();
  });

  it("the start commands name each component distribution's script; only the Key Manager has a profile", () => {
    // product-apim v4.7.0-acp-rc2 api-control-plane/.../assembly/bin.xml (api-cp.sh, key-manager.sh),
    // v4.7.0-gw-rc2 gateway.sh, v4.7.0-tm-rc2 traffic-manager.sh; the profile: profileSetup.sh:213-214.
    const r = render(loadExample('km-separated-4.7.0.json'));
    const readme = r.ok ? (r.files.find((f) => f.path === 'README.md')?.contents ?? '') : '';
    expect(readme).toContain(
      '`sh bin/key-manager.sh --optimize -Dprofile=key-manager --skipConfigOptimization`',
    );
    expect(readme).toContain('`sh bin/api-cp.sh`');
    expect(readme).toContain('`sh bin/gateway.sh`');
    expect(readme).toContain('`sh bin/traffic-manager.sh`');
    expect(readme).toMatch(/\| km \| Key Manager \| `wso2am-acp-4\.7\.0` \|/);
    expect(readme).toMatch(/\| gw \| Gateway \| `wso2am-universal-gw-4\.7\.0` \|/);
    expect(readme).toContain('JDK 21 to 25');
    // The guide's start order (step 7): Key Manager first.
    expect(readme.indexOf('key-manager.sh')).toBeLessThan(readme.indexOf('api-cp.sh'));
  });

  it('4.4: the Key Manager node runs the api-key-manager-node profile with role control-plane', () => {
    // product-apim v4.4.0 profileSetup.sh:214, deployment-templates/api-key-manager-node.toml:3.
    expect(at(table('km-separated-4.4.0', 'km'), 'server', 'server_role')).toBe('control-plane');
    // The control plane validates keys there (the 4.4 KM-separated guide, "Connecting the Control
    // Plane to the Key Manager node").
    expect(at(table('km-separated-4.4.0', 'cp'), 'apim', 'key_manager', 'service_url')).toBe(
      'https://km.wso2.com:9443/services/',
    );
    expect(at(table('km-separated-4.4.0', 'gw'), 'apim', 'key_manager', 'service_url')).toBe(
      'https://km.wso2.com:9443/services/',
    );
  });
});
