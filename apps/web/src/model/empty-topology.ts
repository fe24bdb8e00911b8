/**
 * The document a new workspace starts from, as `Topology.parse` fills it in (defaults included),
 * written out so that the first paint needs no zod. `empty-topology.test.ts` keeps it equal to the
 * core's parse of the same input. Its stores are ready for nodes on several hosts (a TLS keystore per
 * node, one primary keystore, placeholder passwords: what certs/make-certs.sh makes), so a design
 * does not start from WSO2's one wso2carbon.jks (shared-tls-keystore).
 */
import type { Topology } from '@apim-designer/topology';
import { DEFAULT_VERSION, SEPARATE_STORES } from '@apim-designer/topology/meta';

export const EMPTY_TOPOLOGY: Topology = {
  schemaVersion: 1,
  name: 'Untitled topology',
  apimVersion: DEFAULT_VERSION,
  settings: {
    superAdmin: { username: 'admin', password: 'admin' },
    ...SEPARATE_STORES,
    userStoreType: 'database_unique_id',
    cacheInvalidation: true,
  },
  nodes: [],
  edges: [],
};
