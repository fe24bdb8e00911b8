/** Validation: every rule over the model, diagnostics sorted. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { TopologyModel } from '../model.js';
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

export function validateModel(model: TopologyModel): Diagnostic[] {
  return sortDiagnostics(RULES.flatMap((rule) => rule(model)));
}

export function validate(topology: Topology): Diagnostic[] {
  return validateModel(new TopologyModel(topology));
}
