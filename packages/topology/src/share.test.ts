import { describe, expect, it } from 'vitest';
import { stripCredentials } from './share.js';
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
