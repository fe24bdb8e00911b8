/** Validation: every rule over the model, diagnostics sorted. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { TargetDefinition } from '../targets/types.js';
import { TopologyModel } from '../model.js';
import { targetDefinition, type DeployTarget } from '../targets/index.js';
import type { Topology } from '../topology.js';
import { checkCredentials } from './credentials.js';
import { checkDatabases } from './databases.js';
import { checkDedicatedNodes } from './dedicated.js';
import { checkEdges } from './edges.js';
import { checkEncryption } from './encryption.js';
import { checkEnvironments } from './environments.js';
import { checkExtraConfig } from './extra-config.js';
import { checkHighAvailability } from './ha.js';
import { checkVersion } from './versions.js';
import { checkNodes } from './nodes.js';
import { checkPlaceholders } from './placeholders.js';
import { checkPorts } from './ports.js';
import { checkReach } from './reach.js';
import { checkZones } from './zones.js';
import { checkThrottlingStores } from './throttling-store.js';
import { checkTrust } from './trust.js';

const RULES: readonly ((model: TopologyModel) => Diagnostic[])[] = [
  checkVersion,
  checkNodes,
  checkEdges,
  checkReach,
  checkEnvironments,
  checkPorts,
  checkDatabases,
  checkCredentials,
  checkPlaceholders,
  checkHighAvailability,
  checkDedicatedNodes,
  checkThrottlingStores,
  checkEncryption,
  checkTrust,
  checkExtraConfig,
  checkZones,
];

/** The topology's diagnostics, and what the target cannot express when one is given. */
export function validateModel(model: TopologyModel, target?: TargetDefinition): Diagnostic[] {
  const own = RULES.flatMap((rule) => rule(model));
  return sortDiagnostics(target ? [...own, ...target.diagnostics(model)] : own);
}

export interface ValidateOptions {
  /** Also report what this deploy target cannot express (targets/). */
  readonly target?: DeployTarget;
}

export function validate(topology: Topology, options: ValidateOptions = {}): Diagnostic[] {
  const model = new TopologyModel(topology);
  return validateModel(model, options.target ? targetDefinition(options.target) : undefined);
}
