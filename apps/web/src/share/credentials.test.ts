import { stripCredentials } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { highAvailability } from '../model/templates.js';
import { describeCredential, formatCredentialPath } from './credentials.js';

describe('credential fields of a share', () => {
  it('names every field stripCredentials replaces in the HA template', () => {
    // The template's store passwords are placeholders; here they are plain text, as a user may type them.
    const template = highAvailability();
    const t = {
      ...template,
      settings: {
        ...template.settings,
        keystore: { ...template.settings.keystore, password: 'p1', keyPassword: 'p1' },
        truststore: { ...template.settings.truststore, password: 'p2' },
        primaryKeystore: {
          fileName: 'primary.jks',
          type: 'JKS',
          alias: 'primary',
          password: 'p3',
          keyPassword: 'p3',
        },
        encryptionKey: 'k',
      },
    };
    const described = stripCredentials(t).stripped.map((p) => describeCredential(t, p));
    expect(described).toEqual([
      'Super admin password',
      'Keystore password',
      'Keystore key password',
      'Primary keystore password',
      'Primary keystore key password',
      'Truststore password',
      'Encryption key',
      'db: database password',
    ]);
  });

  it('writes the document path with indexes', () => {
    expect(formatCredentialPath(['nodes', 2, 'extraConfig', 'apim', 'list', 0, 'password'])).toBe(
      'nodes[2].extraConfig.apim.list[0].password',
    );
  });

  it('names kept keys of an imported file by node', () => {
    const t = highAvailability();
    const i = t.nodes.findIndex((n) => n.name === 'gw-1');
    expect(describeCredential(t, ['nodes', i, 'extraConfig', 'secrets', 'admin'])).toBe(
      'gw-1: secrets.admin (kept from its imported file)',
    );
  });
});
