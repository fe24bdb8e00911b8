import type { Distribution, DistributionName } from './facts.js';

/** One pack for every role (≤4.4), started with this script. */
export function onePack(script: string): Readonly<Record<DistributionName, Distribution>> {
  const pack = { pack: 'wso2am', script };
  return {
    'all-in-one': pack,
    'control-plane': pack,
    'key-manager': pack,
    gateway: pack,
    'traffic-manager': pack,
  };
}
