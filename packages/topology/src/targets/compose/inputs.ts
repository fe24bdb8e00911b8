/** What compose.yaml reads where it runs: each node's `$env{}` variables, the databases' and Redis' passwords. */
import { isDatabase, isKeyValueStore } from '../../kinds/guards.js';
import type { TopologyModel } from '../../model.js';
import { nodeConfig } from '../../render/node-config.js';
import { tomlData } from '../../toml.js';
import { credentialSource, placeholders, secretVariable } from '../credentials.js';
import { variableName } from './values.js';

/** What each API-M node's file reads from its environment, and the `$secret{}` aliases it refers to. */
export interface ComposeInputs {
  readonly byNode: ReadonlyMap<string, { env: string[]; secrets: string[] }>;
  /** Every variable compose.yaml reads where it runs. */
  readonly variables: readonly string[];
}

export function inputs(model: TopologyModel): ComposeInputs {
  const byNode = new Map<string, { env: string[]; secrets: string[] }>();
  const variables = new Set<string>();
  for (const node of model.apimNodes()) {
    const found = placeholders(tomlData(nodeConfig(model, node)));
    byNode.set(node.id, found);
    for (const v of found.env) variables.add(variableName(v));
  }
  for (const node of model.nodes) {
    if (!isDatabase(node) && !isKeyValueStore(node)) continue;
    const password = node.password === undefined ? undefined : credentialSource(node.password);
    if (password?.type === 'env') variables.add(variableName(password.name));
    if (password?.type === 'secret') variables.add(secretVariable(password.alias));
  }
  return { byNode, variables: [...variables].sort() };
}
