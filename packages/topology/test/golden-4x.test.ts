/**
 * API-M 4.x (issue 8): the 4.x guide's "Traffic Manager separated" pattern and its HA variant, rendered
 * from examples/distributed-4.4.0.json and examples/ha-4.4.0.json, hold every key and value of the
 * guide's sample configurations (test/fixtures/doc-4x-tm-separated), except the deviations listed
 * with their reasons.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../src/index.js';
import { ABSENT, expectHoldsSample, type Deviation } from './compare.js';
import { loadExample, readFixture } from './helpers.js';

import {
  LB_PLACEHOLDER,
  OPTIONS,
  THROTTLING_FEATURES,
  TM_SHARED_DB,
  h2,
  mysqlLocation,
  TLS_KEYSTORE,
} from './guide-deviations.js';

const CASES: {
  example: string;
  sample: string;
  node: string;
  file: string;
  deviations: Deviation[];
}[] = [
  {
    example: 'distributed-4.4.0',
    sample: 'single/cp.toml',
    node: 'cp',
    file: 'cp',
    deviations: mysqlLocation('apim_db', 'shared_db'),
  },
  {
    example: 'distributed-4.4.0',
    sample: 'single/gw.toml',
    node: 'gw',
    file: 'gw',
    deviations: h2('gw'),
  },
  {
    example: 'distributed-4.4.0',
    sample: 'single/tm.toml',
    node: 'tm',
    file: 'tm',
    deviations: h2('tm'),
  },
  {
    example: 'ha-4.4.0',
    sample: 'ha/cp.toml',
    node: 'apim-cp-1',
    file: 'apim-cp-1',
    deviations: [
      {
        key: 'apim.gateway.environment[0].service_url',
        generated: 'https://gw.wso2.com:9443/services/',
        reason:
          `${LB_PLACEHOLDER} API deployments go to its management port 9443: under /services/ on 443 they ` +
          'would shadow an API whose context is /services (the 4.x load-balancer guide splits the two by host name).',
      },
      {
        key: 'apim.gateway.environment[0].ws_endpoint',
        generated: 'ws://gw.wso2.com:9099',
        reason: LB_PLACEHOLDER,
      },
      {
        key: 'apim.gateway.environment[0].wss_endpoint',
        generated: 'wss://gw.wso2.com:8099',
        reason: LB_PLACEHOLDER,
      },
      {
        key: 'apim.gateway.environment[0].http_endpoint',
        generated: 'http://gw.wso2.com',
        reason: LB_PLACEHOLDER,
      },
      {
        key: 'apim.gateway.environment[0].https_endpoint',
        generated: 'https://gw.wso2.com',
        reason: LB_PLACEHOLDER,
      },
    ],
  },
  {
    example: 'ha-4.4.0',
    sample: 'ha/gw.toml',
    node: 'gw1',
    file: 'gw1',
    deviations: [
      ...[
        'enable_unlimited_tier',
        'enable_header_based_throttling',
        'enable_jwt_claim_based_throttling',
        'enable_query_param_based_throttling',
      ].map((k) => ({
        key: `apim.throttling.${k}`,
        generated: ABSENT,
        reason: THROTTLING_FEATURES,
      })),
    ],
  },
  {
    example: 'ha-4.4.0',
    sample: 'ha/tm.toml',
    node: 'traffic-manager-1',
    file: 'traffic-manager-1',
    deviations: [
      {
        key: 'database.shared_db.url',
        generated: `jdbc:mysql://mysql:3306/WSO2SHARED_DB?${OPTIONS}`,
        reason: TM_SHARED_DB,
      },
    ],
  },
];

describe.each(CASES)('4.x guide sample $sample', ({ example, sample, file, deviations }) => {
  it(`is held by ${file} of ${example}`, () => {
    const r = render(loadExample(`${example}.json`));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const generated = r.files.find(
      (f) => f.path === `${file}/repository/conf/deployment.toml`,
    )?.contents;
    expect(generated).toBeDefined();
    expectHoldsSample(generated ?? '', readFixture(`doc-4x-tm-separated/${sample}`), [
      ...deviations,
      TLS_KEYSTORE,
    ]);
  });
});

describe('4.x start commands', () => {
  it('use api-manager.sh with the 4.x profiles, control plane first', () => {
    const r = render(loadExample('ha-4.4.0.json'));
    const readme = r.ok ? (r.files.find((f) => f.path === 'README.md')?.contents ?? '') : '';
    for (const p of ['control-plane', 'traffic-manager', 'gateway-worker']) {
      expect(readme).toContain(
        `sh bin/api-manager.sh --optimize -Dprofile=${p} --skipConfigOptimization`,
      );
    }
    expect(readme.indexOf('-Dprofile=control-plane')).toBeLessThan(
      readme.indexOf('-Dprofile=traffic-manager'),
    );
    expect(readme.indexOf('-Dprofile=traffic-manager')).toBeLessThan(
      readme.indexOf('-Dprofile=gateway-worker'),
    );
  });
});

describe('4.x all-in-one', () => {
  it("subscribes its own gateway to its environment's label (else it would deploy nothing of it)", () => {
    const r = render({
      schemaVersion: 1,
      name: 'one node',
      apimVersion: '4.4.0',
      settings: loadExample('distributed-4.4.0.json').settings,
      nodes: [
        {
          id: 'a',
          kind: 'all-in-one',
          name: 'apim',
          host: 'apim.example.com',
          offset: 0,
          environment: {
            name: 'Production and Sandbox',
            type: 'hybrid',
            description:
              'This is a hybrid gateway that handles both production and sandbox token traffic.',
            displayInApiConsole: true,
            showAsTokenEndpointUrl: true,
          },
        },
      ],
      edges: [],
    });
    const toml = r.ok
      ? (r.files.find((f) => f.path === 'apim/repository/conf/deployment.toml')?.contents ?? '')
      : '';
    expect(toml).toContain('name = "Production and Sandbox"');
    expect(toml).toMatch(
      /\[apim\.sync_runtime_artifacts\.gateway\]\ngateway_labels = \[ "Production and Sandbox" \]/,
    );
  });
});
