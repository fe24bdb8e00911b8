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
