/**
 * Issue 14: a share created without credentials leaked 8 of 15 planted secrets (a JDBC URL's
 * password, `auth_token`, a numeric `password`, `pwd`, `passwd`, `token`, `api_key`, `pass`,
 * `keystore_pass`, `keystorePass`), and `strippedCredentials` named only five fields. What is
 * stored is checked, not only what is answered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example, useTestApp } from '../../test-support/test-app.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The distributed example with `extraConfig` on its first API-M node (index 0, the KM). */
function withExtra(extraConfig: Record<string, Json>, over: Record<string, Json> = {}) {
  const doc = example();
  return { ...doc, ...over, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, extraConfig } : n)) };
}

describe('share links keep every secret out unless included (issue 14)', () => {
  const app = useTestApp({ RATE_LIMIT_MAX: '100000' });

  async function share(doc: object) {
    const res = await app().inject({ method: 'POST', url: '/api/v1/topologies', payload: doc });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ id: string; strippedCredentials: (string | number)[][] }>();
    const stored = await app().store.get(body.id);
    return { body, stored: JSON.stringify(stored?.document), storedPaths: stored?.strippedPaths };
  }

  it("stores none of the issue's planted secrets and names every path it replaced", async () => {
    const { body, stored, storedPaths } = await share(
      withExtra(
        {
          database: { apim_db: { url: 'jdbc:mysql://db:3306/apim_db?user=u&password=LEAK1' } },
          apim: { analytics: { auth_token: 'LEAK2' } },
          x: { password: 123456, pwd: 'LEAK3', passwd: 'LEAK4', token: 'LEAK5' },
          y: { api_key: 'LEAK6', pass: 'LEAK7', keystore_pass: 'LEAK8', keystorePass: 'LEAK9' },
        },
        {
          // The documents' default store passwords in plain text (the example has placeholders).
          settings: {
            ...(example().settings as Record<string, Json>),
            keystore: { fileName: 'tls.jks', password: 'wso2carbon', keyPassword: 'wso2carbon' },
            truststore: { password: 'wso2carbon' },
          },
        },
      ),
    );
    expect(stored).not.toMatch(/LEAK\d|123456/);
    expect(stored).not.toMatch(/"password":"(admin|root|wso2carbon)"/);
    const extra = (...p: string[]) => ['nodes', 0, 'extraConfig', ...p];
    const expected = [
      ['settings', 'superAdmin', 'password'],
      ['settings', 'keystore', 'password'],
      ['settings', 'keystore', 'keyPassword'],
      ['settings', 'truststore', 'password'],
      ['nodes', 5, 'password'],
      extra('database', 'apim_db', 'url'),
      extra('apim', 'analytics', 'auth_token'),
      extra('x', 'password'),
      extra('x', 'pwd'),
      extra('x', 'passwd'),
      extra('x', 'token'),
      extra('y', 'api_key'),
      extra('y', 'pass'),
      extra('y', 'keystore_pass'),
      extra('y', 'keystorePass'),
    ];
    expect(body.strippedCredentials).toEqual(expect.arrayContaining(expected));
    expect(body.strippedCredentials).toHaveLength(expected.length);
    expect(storedPaths).toEqual(body.strippedCredentials);
  });

  it('property: secrets planted at random paths, spellings and types are not stored', async () => {
    const keys = [
      'password',
      'PASSWORD',
      'pwd',
      'passwd',
      'pass',
      'token',
      'auth_token',
      'api_key',
    ];
    const spelled = fc.constantFrom(...keys, 'apiKey', 'keystorePass', 'client_secret', 'mystery');
    const marker = fc.stringMatching(/^[A-Za-z0-9]{12}$/).map((s) => `Zq9${s}`);
    const leaf = fc.oneof(
      fc.record({ key: spelled, value: marker.map((m): Json => m) }),
      fc.record({
        key: spelled,
        value: fc.integer({ min: 1e8, max: 1e9 - 1 }).map((n): Json => n),
      }),
      fc.record({
        key: fc.constantFrom('url', 'service_url', 'hostname'),
        value: marker.map((m): Json => `jdbc:mysql://h:3306/d?password=${m}`),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            tables: fc.array(fc.constantFrom('apim', 'db', 'gw'), { maxLength: 3 }),
            leaf,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (plants) => {
          const extraConfig: Record<string, Json> = {};
          plants.forEach((p, i) => {
            let table: Record<string, Json> = extraConfig;
            for (const name of [...p.tables, `t${i}`]) {
              const fresh: Record<string, Json> = {};
              table[name] = fresh;
              table = fresh;
            }
            table[p.leaf.key] = p.leaf.value;
          });
          const { stored } = await share(withExtra(extraConfig));
          for (const p of plants) {
            const v = p.leaf.value;
            const secret = typeof v === 'string' ? (v.split('password=')[1] ?? v) : String(v);
            expect(stored).not.toContain(secret);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
