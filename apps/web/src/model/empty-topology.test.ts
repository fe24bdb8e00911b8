import { Topology } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { EMPTY_TOPOLOGY } from './empty-topology.js';

describe('EMPTY_TOPOLOGY', () => {
  it('is what the core parses a new document to', () => {
    const parsed = Topology.parse({
      schemaVersion: 1,
      name: EMPTY_TOPOLOGY.name,
      apimVersion: EMPTY_TOPOLOGY.apimVersion,
      settings: {
        keystore: {
          fileName: 'tls.jks',
          password: '$secret{keystore_password}',
          keyPassword: '$secret{keystore_password}',
        },
        primaryKeystore: {
          password: '$secret{primary_keystore_password}',
          keyPassword: '$secret{primary_keystore_password}',
        },
        truststore: { password: '$secret{truststore_password}' },
      },
      nodes: [],
      edges: [],
    });
    expect(EMPTY_TOPOLOGY).toEqual(parsed);
  });
});
