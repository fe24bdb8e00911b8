/**
 * The document a new workspace starts from, as `Topology.parse` fills it in (defaults included),
 * written out so that the first paint needs no zod. `empty-topology.test.ts` keeps it equal to the
 * core's parse of the same input. Its stores are ready for nodes on several hosts (a TLS keystore per
 * node, one primary keystore, placeholder passwords: what certs/make-certs.sh makes), so a design
 * does not start from WSO2's one wso2carbon.jks (shared-tls-keystore).
 */
import type { Topology } from '@apim-designer/topology';
import { DEFAULT_VERSION } from '@apim-designer/topology/meta';

export const EMPTY_TOPOLOGY: Topology = {
  schemaVersion: 1,
  name: 'Untitled topology',
  apimVersion: DEFAULT_VERSION,
  settings: {
    superAdmin: { username: 'admin', password: 'admin' },
    keystore: {
      fileName: 'tls.jks',
      type: 'JKS',
      password: '$secret{keystore_password}',
      alias: 'wso2carbon',
      keyPassword: '$secret{keystore_password}',
    },
    primaryKeystore: {
      fileName: 'primary.jks',
      type: 'JKS',
      password: '$secret{primary_keystore_password}',
      alias: 'primary',
      keyPassword: '$secret{primary_keystore_password}',
    },
    truststore: {
      fileName: 'client-truststore.jks',
      type: 'JKS',
      password: '$secret{truststore_password}',
    },
    userStoreType: 'database_unique_id',
    cacheInvalidation: true,
  },
  nodes: [],
  edges: [],
};
