/** Every deploy target, keyed by name: shared code asks this registry, never a target by name. */
import { composeTarget } from './compose/index.js';
import { helmTarget } from './helm/index.js';
import type { DeployTarget, TargetDefinition } from './types.js';
import { vmTarget } from './vm.js';

export { DEFAULT_TARGET, DEPLOY_TARGETS } from './types.js';
export type { DeployTarget, TargetDefinition } from './types.js';

export const TARGETS = {
  vm: vmTarget,
  compose: composeTarget,
  helm: helmTarget,
} as const satisfies Record<DeployTarget, TargetDefinition>;

export function targetDefinition(target: DeployTarget): TargetDefinition {
  return TARGETS[target];
}

export function isDeployTarget(value: string): value is DeployTarget {
  return Object.hasOwn(TARGETS, value);
}
