import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApimNode, isDatabase } from './kinds/guards.js';
import { stripCredentials } from './share.js';
import type { Topology } from './topology.js';

import type { TomlValue } from './toml.js';

type Json = TomlValue;
import { render } from './render/index.js';
import { distributed } from '../test/topologies.js';

describe('stripCredentials', () => {
  const example = distributed('3.2.0');
  // The documents' default keystore password, in plain text.
  const t = {
    ...example,
    settings: {
      ...example.settings,
      keystore: { ...example.settings.keystore, password: 'wso2carbon', keyPassword: 'wso2carbon' },
    },
  };
  const { topology, stripped } = stripCredentials(t);

  it('replaces every plain-text credential with an $env{} placeholder and lists it', () => {
    expect(topology.settings.superAdmin).toEqual({
      username: 'admin',
      password: '$env{APIM_ADMIN_PASSWORD}',
    });
    expect(topology.settings.keystore.password).toBe('$env{APIM_KEYSTORE_PASSWORD}');
    expect(topology.nodes.find((n) => n.kind === 'database')).toMatchObject({
      password: '$env{DB_DB_PASSWORD}',
      username: 'root',
    });
    expect(stripped).toContainEqual(['settings', 'superAdmin', 'password']);
    expect(stripped).toContainEqual(['nodes', 5, 'password']);
    expect(JSON.stringify(topology)).not.toMatch(/"password":"(admin|root|wso2carbon)"/);
  });

  it('keeps placeholders the user chose, and leaves the original untouched', () => {
    expect(stripCredentials(topology).stripped).toEqual([]);
    expect(t.settings.superAdmin.password).toBe('admin');
  });

  it('scrubs secrets kept verbatim from an imported file', () => {
    const imported = {
      ...t,
      nodes: t.nodes.map((n) =>
        n.kind === 'key-manager'
          ? {
              ...n,
              extraConfig: {
                secrets: { admin_password: '[admin]' },
                apim: { analytics: { password: 'p', url: 'u' } },
              },
            }
          : n,
      ),
    };
    const out = stripCredentials(imported);
    const km = out.topology.nodes.find((n) => n.kind === 'key-manager');
    expect(km && 'extraConfig' in km ? km.extraConfig : undefined).toEqual({
      secrets: { admin_password: '$env{APIM_SECRETS_ADMIN_PASSWORD}' },
      apim: { analytics: { password: '$env{APIM_APIM_ANALYTICS_PASSWORD}', url: 'u' } },
    });
    expect(out.stripped).toContainEqual(['nodes', 0, 'extraConfig', 'secrets', 'admin_password']);
  });

  it('still renders', () => {
    expect(render(topology).ok).toBe(true);
  });
});

/** Issue 14's share: 15 secrets planted, 8 of which survived a share created without credentials. */
function planted() {
  const example = distributed('3.2.0');
  // The documents' default store passwords, in plain text, and a plain 4.7-style encryption key.
  const t = {
    ...example,
    settings: {
      ...example.settings,
      keystore: { ...example.settings.keystore, password: 'wso2carbon', keyPassword: 'wso2carbon' },
      truststore: { ...example.settings.truststore, password: 'wso2carbon' },
      primaryKeystore: {
        fileName: 'primary.jks',
        type: 'JKS',
        alias: 'primary',
        password: 'LEAK10',
        keyPassword: 'LEAK10',
      },
      encryptionKey: 'LEAK11',
    },
  };
  const km = t.nodes.findIndex((n) => isApimNode(n));
  const nodes = t.nodes.map((n, i) =>
    i === km && isApimNode(n)
      ? {
          ...n,
          extraConfig: {
            database: {
              apim_db: { url: 'jdbc:mysql://db.wso2.com:3306/apim_db?user=u&password=LEAK1' },
            },
            apim: { analytics: { auth_token: 'LEAK2', url: 'https://analytics:9443' } },
            x: { password: 123456, pwd: 'LEAK3', passwd: 'LEAK4', token: 'LEAK5' },
            y: { api_key: 'LEAK6', pass: 'LEAK7', keystore_pass: 'LEAK8', keystorePass: 'LEAK9' },
            server: { hostname: 'km.wso2.com' },
            transport: { https: { properties: { proxyPort: 443 } } },
          },
        }
      : n,
  );
  return { topology: { ...t, nodes }, km };
}

describe('stripCredentials: every secret, whatever its key spelling or type (issue 14)', () => {
  const { topology: t, km } = planted();
  const { topology, stripped } = stripCredentials(t);
  const stored = JSON.stringify(topology);

  it('leaves none of the planted secrets in the shared document', () => {
    for (const leak of [
      'LEAK1',
      'LEAK2',
      'LEAK3',
      'LEAK4',
      'LEAK5',
      'LEAK6',
      'LEAK7',
      'LEAK8',
      'LEAK10',
      'LEAK11',
      'LEAK9',
    ])
      expect(stored, leak).not.toContain(leak);
    expect(stored).not.toContain('123456');
    expect(stored).not.toMatch(/"password":"(admin|root|wso2carbon)"/);
  });

  it('lists every path it replaced, the five credential fields and each planted one', () => {
    const extra = (...p: string[]) => ['nodes', km, 'extraConfig', ...p];
    for (const path of [
      ['settings', 'superAdmin', 'password'],
      ['settings', 'keystore', 'password'],
      ['settings', 'keystore', 'keyPassword'],
      ['settings', 'truststore', 'password'],
      ['settings', 'primaryKeystore', 'password'],
      ['settings', 'encryptionKey'],
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
    ])
      expect(stripped).toContainEqual(path);
    expect(stripped.some((p) => p[0] === 'nodes' && p[2] === 'password')).toBe(true);
  });

  it('keeps what configures (hosts, ports, URLs without a password) and the rest of a URL', () => {
    const node = topology.nodes[km];
    const extra = node && isApimNode(node) ? node.extraConfig : undefined;
    expect(extra).toMatchObject({
      database: {
        apim_db: {
          url: 'jdbc:mysql://db.wso2.com:3306/apim_db?user=u&password=$env{APIM_DATABASE_APIM_DB_URL}',
        },
      },
      apim: { analytics: { url: 'https://analytics:9443' } },
      x: { password: '$env{APIM_X_PASSWORD}' },
      server: { hostname: 'km.wso2.com' },
      transport: { https: { properties: { proxyPort: 443 } } },
    });
    expect(render(topology).ok).toBe(true);
  });

  it('replaces values of unknown extraConfig keys, and secrets by shape in names', () => {
    const base = distributed('3.2.0');
    const out = stripCredentials({
      ...base,
      name: 'prod (see https://admin:hunter2@wiki.example.com)',
      nodes: base.nodes.map((n) =>
        isApimNode(n)
          ? { ...n, extraConfig: { custom: { mystery: 'opaque-value', on: true } } }
          : n,
      ),
    });
    const text = JSON.stringify(out.topology);
    expect(text).not.toContain('opaque-value');
    expect(text).not.toContain('hunter2');
    expect(out.topology.name).toBe('prod (see https://admin:[stripped]@wiki.example.com)');
    expect(text).toContain('"on":true');
    expect(stripCredentials(out.topology).stripped).toEqual([]);
  });
});

/** Paths of the leaves whose value differs between two documents of the same shape. */
function changedLeaves(
  a: unknown,
  b: unknown,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    return Object.keys(a).flatMap((k) => {
      const key = Array.isArray(a) ? Number(k) : k;
      return changedLeaves(Reflect.get(a, k), Reflect.get(b, k), [...path, key]);
    });
  }
  return a === b ? [] : [path];
}

/** Secrets drawn at random: spellings of secret keys, types, and secrets that show by shape. */
describe('stripCredentials, property: planted secrets never survive', () => {
  const SECRET_KEYS = [
    'password',
    'Password',
    'PASSWORD',
    'pwd',
    'passwd',
    'pass',
    'Pass_Word',
    'passphrase',
    'secret',
    'client_secret',
    'clientSecret',
    'token',
    'auth_token',
    'accessToken',
    'api_key',
    'apiKey',
    'API-KEY',
    'keystore_pass',
    'keystorePass',
    'trustStorePassword',
    'private_key',
    'credentials',
    'adminpassword',
    'secretKey',
  ];
  const ANY_KEYS = ['mystery', 'value', 'x', 'setting', 'opaque_thing'];
  const HARMLESS_KEYS = ['url', 'hostname', 'name', 'description', 'service_url', 'endpoint'];
  const marker = fc.stringMatching(/^[A-Za-z0-9]{10}$/).map((s) => `S3cr3t${s}`);
  /** A secret as planted (under a key) and how to recognise it in the stored document. */
  const secretUnderKey = fc.oneof(
    marker.map((m) => ({ value: m as Json, find: m })),
    fc
      .integer({ min: 100_000_000, max: 999_999_999 })
      .map((n) => ({ value: n as Json, find: String(n) })),
  );
  const secretByShape = marker.chain((m) =>
    fc.constantFrom(
      { value: `https://user:${m}@h.example.com/x`, find: m },
      { value: `jdbc:mysql://db:3306/x?user=u&password=${m}&useSSL=false`, find: m },
      { value: `jdbc:sqlserver://db:1433;databaseName=x;password=${m}`, find: m },
      { value: `jdbc:oracle:thin:u/${m}@db:1521/x`, find: m },
      { value: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI${m}.c2lnbmF0dXJl`, find: m },
      { value: `Bearer ${m}`, find: m },
    ),
  );
  const plant = fc.oneof(
    fc.record({ key: fc.constantFrom(...SECRET_KEYS, ...ANY_KEYS), secret: secretUnderKey }),
    fc.record({ key: fc.constantFrom(...HARMLESS_KEYS, ...SECRET_KEYS), secret: secretByShape }),
  );
  const tables = fc.array(fc.constantFrom('apim', 'database', 'gateway', 'x', 'transport'), {
    maxLength: 4,
  });

  it('finds none of them in the stripped document, and lists every path it replaced', () => {
    const base = distributed('3.2.0');
    const apim = base.nodes.flatMap((n, i) => (isApimNode(n) ? [i] : []));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ node: fc.constantFrom(...apim), tables, plant, inArray: fc.boolean() }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.record({
          admin: marker,
          db: marker,
          name: fc.option(secretByShape, { nil: undefined }),
        }),
        (plants, fields) => {
          const extras = new Map<number, Record<string, Json>>();
          for (const p of plants) {
            let table = extras.get(p.node) ?? {};
            extras.set(p.node, table);
            for (const name of p.tables) {
              const next = table[name];
              if (
                next === undefined ||
                next === null ||
                typeof next !== 'object' ||
                Array.isArray(next)
              ) {
                const fresh: Record<string, Json> = {};
                table[name] = fresh;
                table = fresh;
              } else table = next;
            }
            table[p.plant.key] = p.inArray ? [p.plant.secret.value] : p.plant.secret.value;
          }
          const doc: Topology = {
            ...base,
            name: fields.name ? `shared ${fields.name.value}` : base.name,
            settings: {
              ...base.settings,
              superAdmin: { ...base.settings.superAdmin, password: fields.admin },
            },
            nodes: base.nodes.map((n, i) => {
              if (isDatabase(n)) return { ...n, password: fields.db };
              const extraConfig = extras.get(i);
              return extraConfig && isApimNode(n) ? { ...n, extraConfig } : n;
            }),
          };
          const out = stripCredentials(doc);
          const text = JSON.stringify(out.topology);
          const finds = [
            fields.admin,
            fields.db,
            ...(fields.name ? [fields.name.find] : []),
            ...plants.map((p) => p.plant.secret.find),
          ];
          for (const f of finds) expect(text).not.toContain(f);
          // Every replaced value is listed, and every listed path now holds no secret.
          const listed = new Set(out.stripped.map((p) => JSON.stringify(p)));
          for (const path of changedLeaves(doc, out.topology))
            expect(listed.has(JSON.stringify(path)), JSON.stringify(path)).toBe(true);
          for (const path of out.stripped) {
            let v: unknown = out.topology;
            for (const k of path)
              v = v !== null && typeof v === 'object' ? Reflect.get(v, k) : undefined;
            expect(typeof v === 'string' && finds.every((f) => !v.includes(f))).toBe(true);
          }
          expect(stripCredentials(out.topology).stripped).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
