/** What the recovered topology renders for each node, compared with the file it came from. */
import { TopologyModel } from '../model.js';
import { nodeConfig } from '../render/node-config.js';
import { parseToml, serializeToml, type TomlTable } from '../toml.js';
import type { Topology } from '../topology.js';
import { diffConfig, type ConfigDiff } from './extra-config.js';

/** Per API-M node id: the keys to keep verbatim and the keys a render adds. */
export function compareWithRender(
  topology: Topology,
  inputs: ReadonlyMap<string, TomlTable>,
  notes: string[],
): Map<string, ConfigDiff> {
  const model = new TopologyModel(topology);
  const out = new Map<string, ConfigDiff>();
  for (const node of model.apimNodes()) {
    const input = inputs.get(node.id);
    if (!input) continue;
    let rendered: TomlTable;
    try {
      rendered = parseToml(serializeToml(nodeConfig(model, node)));
    } catch (e) {
      notes.push(
        `${node.id}: the recovered node does not render (${e instanceof Error ? e.message : String(e)}); every key is kept.`,
      );
      rendered = {};
    }
    out.set(node.id, diffConfig(input, rendered));
  }
  return out;
}
