/** Trust problems the design reveals (issue 17). */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../test/helpers.js';
import { diagnosticsOf, doc, expectCode } from '../../test/validate-kit.js';
import type { TopologyInput } from '../topology.js';

const example = (name: string, change: (d: TopologyInput) => TopologyInput) =>
  change(structuredClone(loadExample(name)) as TopologyInput);

describe('keystores on several hosts', () => {
  it('WSO2 default wso2carbon.jks on a multi-host topology is an error, placeholders or not', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      settings: {
        ...x.settings,
        keystore: { password: '$env{KS}', keyPassword: '$env{KS}' },
        primaryKeystore: undefined,
      },
    }));
    const [found] = expectCode(d, 'shared-tls-keystore');
    expect(found?.message).toMatch(
      /3 hosts.*wso2carbon\.jks is also the primary keystore \(WSO2's default, whose certificate names only localhost/,
    );
  });
  it('a TLS keystore that is also the primary one, by file name', () => {
    const d = example('ha-4.4.0.json', (x) => ({
      ...x,
      settings: {
        ...x.settings,
        primaryKeystore: {
          ...x.settings?.primaryKeystore,
          fileName: 'tls.jks',
          password: '$env{P}',
          keyPassword: '$env{P}',
        },
      },
    }));
    expectCode(d, 'shared-tls-keystore');
  });
  it('one host (document 000) may keep one keystore', () => {
    const d = example('multiple-gateways-3.2.0.json', (x) => x);
    expect(diagnosticsOf(d).map((x) => x.code)).not.toContain('shared-tls-keystore');
  });
});

describe('the shared truststore', () => {
  it('a gateway reading another truststore would miss the token-signing certificate', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) =>
        n.id === 'gw' ? { ...n, extraConfig: { truststore: { file_name: 'other.jks' } } } : n,
      ),
    }));
    const [found] = expectCode(d, 'signing-certificate-missing');
    expect(found?.nodeId).toBe('gw');
    expect(found?.message).toMatch(/"gateway_certificate_alias"/);
  });
  it("an api_key_alias that is the CA's alias", () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) =>
        n.id === 'gw'
          ? { ...n, extraConfig: { apim: { devportal: { api_key_alias: 'apim-designer-ca' } } } }
          : n,
      ),
    }));
    const [found] = expectCode(d, 'duplicate-certificate-alias');
    expect(found?.message).toMatch(/"apim-designer-ca".*the CA/);
  });
  it('every example is free of trust errors', () => {
    for (const name of ['distributed-3.2.0.json', 'ha-4.7.0.json', 'km-separated-4.7.0.json'])
      expect(diagnosticsOf(example(name, (x) => x)).filter((d) => d.severity === 'error')).toEqual(
        [],
      );
    expect(doc([]).settings?.primaryKeystore).toBeDefined();
  });
});

describe('placeholders only where a field allows them (issue 14, item 7)', () => {
  it('a placeholder inside a user name is refused: WSO2 would expand it there', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      settings: {
        ...x.settings,
        superAdmin: { username: 'x$ref{super_admin.password}', password: '$env{A}' },
      },
    }));
    const [found] = expectCode(d, 'malformed-placeholder');
    expect(found?.path).toEqual(['settings', 'superAdmin', 'username']);
  });
  it('a whole placeholder is a credential field’s own, in a user name too', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      settings: { ...x.settings, superAdmin: { username: '$env{ADMIN}', password: '$env{A}' } },
    }));
    expect(diagnosticsOf(d).map((x) => x.code)).not.toContain('malformed-placeholder');
  });
  it('none in a gateway label, a store file name or a node id', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      settings: {
        ...x.settings,
        truststore: { ...x.settings?.truststore, fileName: '$env{TS}.jks' },
      },
      nodes: x.nodes.map((n) =>
        n.id === 'gw' ? { ...n, gatewayLabels: ['Default', '$sys{x}'] } : n,
      ),
    }));
    const found = expectCode(d, 'placeholder-in-text');
    expect(found.map((f) => JSON.stringify(f.path)).sort()).toEqual([
      '["nodes",2,"gatewayLabels",1]',
      '["settings","truststore","fileName"]',
    ]);
  });
});

describe('extraConfig that cannot be one file with the generated one (issue 14, item 5)', () => {
  it.each([
    [{ server: 'x' }, ['server'], "a value, where the node's deployment.toml has a table"],
    [{ apim: [1, 2] }, ['apim'], 'an array, where'],
    [{ server: [{ a: 1 }] }, ['server'], 'an array of tables, where'],
    [{ apim: { gateway: 'x' } }, ['apim', 'gateway'], 'a value, where'],
  ])('%j on the control plane', (extraConfig, path, message) => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) => (n.id === 'cp' ? { ...n, extraConfig } : n)),
    }));
    const [found] = expectCode(d, 'extra-config-collision');
    expect(found?.path).toEqual(['nodes', 0, 'extraConfig', ...path]);
    expect(found?.message).toContain(message);
  });
  it('a value over a generated value, or a new table, is fine', () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) =>
        n.id === 'cp'
          ? { ...n, extraConfig: { server: { offset: 3 }, apim: { new_table: { a: 1 } } } }
          : n,
      ),
    }));
    expect(diagnosticsOf(d).map((x) => x.code)).not.toContain('extra-config-collision');
  });
});
