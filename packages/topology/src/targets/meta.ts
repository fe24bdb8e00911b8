/**
 * Each deploy target's label and description, as plain data: the designer shows its target control
 * before the rest of the core has loaded (the meta entry, docs/decisions/0004). The registry's
 * entries (targets/index.ts) take them from here.
 */
import type { DeployTarget, TargetMeta } from './types.js';

export type { TargetMeta } from './types.js';

export const TARGET_META = {
  vm: {
    label: 'Servers (VMs)',
    description:
      "A folder per node to copy over an unpacked API-M pack on that node's server, nginx per load balancer, hosts lines and the start order.",
  },
  compose: {
    label: 'Docker Compose',
    description:
      "compose.yaml with a container per node on WSO2's images, each mounting the node's deployment.toml; databases, Redis and nginx.",
  },
  helm: {
    label: 'Helm (Kubernetes)',
    description:
      "Values for WSO2's Helm charts, one file per chart release, and install.sh in WSO2's order (API-M 4.4 to 4.7).",
  },
} as const satisfies Record<DeployTarget, TargetMeta>;
