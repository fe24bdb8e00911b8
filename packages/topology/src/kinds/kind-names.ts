/**
 * Every node kind's name: the one list a new kind is added to first. The registries
 * (`meta-registry.ts`, `registry.ts`, the schemas in `../topology.ts`) are typed against it, so a kind
 * missing from one of them fails the typecheck (docs/extending.md).
 */
export const NODE_KINDS = [
  'control-plane',
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
  'all-in-one',
  'load-balancer',
  'database',
  'redis',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
