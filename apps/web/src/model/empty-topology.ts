/**
 * The document a new workspace starts from, as `Topology.parse` fills it in (defaults included),
 * written out so that the first paint needs no zod. `empty-topology.test.ts` keeps it equal to the
 * core's parse of the same input.
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
      fileName: 'wso2carbon.jks',
      type: 'JKS',
      password: 'wso2carbon',
      alias: 'wso2carbon',
      keyPassword: 'wso2carbon',
    },
    truststore: { fileName: 'client-truststore.jks', type: 'JKS', password: 'wso2carbon' },
    userStoreType: 'database_unique_id',
    cacheInvalidation: true,
  },
  nodes: [],
  edges: [],
};
