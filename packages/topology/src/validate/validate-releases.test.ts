/**
 * What 4.5–4.7 change (issue 15): the separated Key Manager, Redis for distributed throttling (4.6),
 * the encryption key (4.7), and features used on a release that lacks them.
 */
import { describe, expect, it } from 'vitest';
import { loadExample } from '../../test/helpers.js';
import { diagnosticsOf, doc, expectCode } from '../../test/validate-kit.js';
import type { TopologyInput } from '../topology.js';

/** An example as an input document, with changes. */
function example(name: string, change: (d: TopologyInput) => TopologyInput = (d) => d) {
  return change(structuredClone(loadExample(name)) as TopologyInput);
}

const errors = (d: TopologyInput) =>
  diagnosticsOf(d)
    .filter((x) => x.severity === 'error')
    .map((x) => x.code);

describe('every new example', () => {
  it.each([
    'distributed-4.5.0.json',
    'distributed-4.6.0.json',
    'distributed-4.7.0.json',
    'ha-4.5.0.json',
    'ha-4.6.0.json',
    'ha-4.7.0.json',
    'km-separated-4.4.0.json',
    'km-separated-4.7.0.json',
  ])('%s has no error and no release warning', (name) => {
    const found = diagnosticsOf(example(name));
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      found.filter((d) => /throttling-store|encryption|dedicated|not-in-version/.test(d.code)),
    ).toEqual([]);
  });
});

describe('a feature on a release that lacks it', () => {
  it('Redis on 4.5 names 4.6.0, the first release with distributed throttling', () => {
    const d = example('ha-4.6.0.json', (x) => ({ ...x, apimVersion: '4.5.0' }));
    const [found] = expectCode(d, 'kind-not-in-version');
    expect(found?.nodeId).toBe('redis');
    expect(found?.message).toMatch(/Redis nodes are in API-M 4\.6\.0 and later/);
  });
  it('a separate Key Manager on 4.1 names the releases that document one', () => {
    const d = example('km-separated-4.4.0.json', (x) => ({ ...x, apimVersion: '4.1.0' }));
    const [found] = expectCode(d, 'kind-not-in-version');
    expect(found?.message).toMatch(/API-M 2\.6\.0 to 4\.0\.0 and 4\.3\.0 and later/);
  });
  it('an encryption key before 4.7 is a setting the release does not read', () => {
    const d = example('distributed-4.6.0.json', (x) => ({
      ...x,
      settings: { ...x.settings, encryptionKey: '$secret{encryption_key}' },
    }));
    const [found] = expectCode(d, 'setting-not-in-version');
    expect(found?.message).toMatch(/from API-M 4\.7\.0/);
  });
});

describe('the separated Key Manager', () => {
  it('a gateway that still validates keys on the control plane', () => {
    const d = example('km-separated-4.7.0.json', (x) => ({
      ...x,
      edges: x.edges.filter((e) => !(e.source === 'gw' && e.target === 'km')),
    }));
    const found = expectCode(d, 'dedicated-node-bypassed');
    expect(found.map((f) => f.nodeId)).toEqual(['gw']);
    expect(found[0]?.message).toMatch(/uses the Key Manager of cp, while km is a separate/);
  });
  it('a control plane not wired to it keeps acting as its own Key Manager', () => {
    const d = example('km-separated-4.7.0.json', (x) => ({
      ...x,
      edges: x.edges.filter((e) => !(e.source === 'cp' && e.target === 'km')),
    }));
    const found = expectCode(d, 'dedicated-node-bypassed');
    expect(found.map((f) => f.nodeId)).toEqual(['cp']);
    expect(found[0]?.message).toMatch(/acts as its own Key Manager/);
  });
  it('a 4.x Key Manager must reach a control plane (its event hub)', () => {
    const d = example('km-separated-4.7.0.json', (x) => ({
      ...x,
      edges: x.edges.filter((e) => !(e.source === 'cp' && e.target === 'km')),
      nodes: x.nodes.filter((n) => n.id !== 'tm'),
    }));
    expect(errors(d)).toContain('missing-control-plane');
  });
});

describe('distributed throttling (4.6+)', () => {
  const unwire = (ids: string[]) => (x: TopologyInput) => ({
    ...x,
    edges: x.edges.filter((e) => !(e.source === 'redis' && ids.includes(e.target))),
  });
  it('a Traffic Manager that counts alone', () => {
    const found = expectCode(
      example('ha-4.6.0.json', unwire(['tm2'])),
      'throttling-store-not-shared',
    );
    expect(found.map((f) => f.nodeId)).toEqual(['tm2']);
  });
  it('two Redis nodes for the Traffic Managers', () => {
    const d = example('ha-4.6.0.json', (x) => ({
      ...x,
      nodes: [...x.nodes, { id: 'redis2', kind: 'redis', name: 'redis2', host: 'redis2.wso2.com' }],
      edges: [...x.edges, { source: 'redis2', target: 'tm2' }],
    }));
    const found = expectCode(d, 'throttling-store-not-shared');
    expect(found.map((f) => f.nodeId)).toEqual(['tm2']);
    expect(found[0]?.message).toMatch(/redis and redis2/);
  });
  it('a control plane without the store', () => {
    const found = expectCode(
      example('ha-4.6.0.json', unwire(['cp2'])),
      'throttling-store-incomplete',
    );
    expect(found.map((f) => f.nodeId)).toEqual(['cp2']);
  });
  it('a Redis no Traffic Manager uses', () => {
    const found = expectCode(
      example('ha-4.6.0.json', unwire(['tm1', 'tm2'])),
      'throttling-store-unused',
    );
    expect(found.map((f) => f.nodeId)).toEqual(['redis']);
  });
  it('a Redis joined to a gateway is refused', () => {
    const d = example('ha-4.6.0.json', (x) => ({
      ...x,
      edges: [...x.edges, { source: 'redis', target: 'gw1' }],
    }));
    const [found] = expectCode(d, 'edge-not-allowed');
    expect(found?.message).toMatch(/Redis connects to: Traffic Manager and Control Plane/);
  });
});

describe('the 4.7 encryption key', () => {
  const withKey = (key: string | undefined) => (x: TopologyInput) => ({
    ...x,
    settings: { ...x.settings, encryptionKey: key },
  });
  it('missing on a distributed deployment', () => {
    const d = example('distributed-4.7.0.json', withKey(undefined));
    const [found] = expectCode(d, 'encryption-key-missing');
    expect(found?.path).toEqual(['settings', 'encryptionKey']);
  });
  it('missing on a single node: generated at its first start', () => {
    const d = doc([{ id: 'aio', kind: 'all-in-one', name: 'aio', host: 'aio.example.com' }], [], {
      apimVersion: '4.7.0',
    });
    expectCode(d, 'encryption-key-generated');
    expect(errors(d)).toEqual([]);
  });
  it.each([
    ['zz'.repeat(32), /64 characters long, so WSO2 reads it as hexadecimal/],
    ['short', /5 bytes/],
  ])('a literal key WSO2 cannot use: %s', (key, message) => {
    const [found] = expectCode(
      example('distributed-4.7.0.json', withKey(key)),
      'encryption-key-invalid',
    );
    expect(found?.message).toMatch(message);
  });
  it('a valid literal key is only written in plain text', () => {
    const d = example('distributed-4.7.0.json', withKey('0123456789abcdef'.repeat(4)));
    expect(errors(d)).toEqual([]);
    expect(diagnosticsOf(d).map((x) => x.code)).toContain('plaintext-password');
  });
  it("one node's own key differs", () => {
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) =>
        n.id === 'tm' ? { ...n, extraConfig: { encryption: { key: 'ab'.repeat(32) } } } : n,
      ),
    }));
    const found = expectCode(d, 'encryption-key-differs');
    expect(found.map((f) => f.nodeId)).toEqual(['tm']);
  });
  it('one node keeps RSA while the others use the key', () => {
    const rsa = {
      system: {
        parameter: { 'org.wso2.CipherTransformation': 'RSA/ECB/OAEPwithSHA1andMGF1Padding' },
      },
    };
    const d = example('distributed-4.7.0.json', (x) => ({
      ...x,
      nodes: x.nodes.map((n) => (n.id === 'gw' ? { ...n, extraConfig: rsa } : n)),
    }));
    const found = expectCode(d, 'encryption-key-differs');
    expect(found.map((f) => f.nodeId).sort()).toEqual(['cp', 'tm']);
    // Every node on RSA: no key needed.
    const all = example('distributed-4.7.0.json', (x) => ({
      ...withKey(undefined)(x),
      nodes: x.nodes.map((n) => ('offset' in n ? { ...n, extraConfig: rsa } : n)),
    }));
    expect(diagnosticsOf(all).filter((x) => x.code.startsWith('encryption-'))).toEqual([]);
  });
});
