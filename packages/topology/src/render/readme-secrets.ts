/**
 * The README's cipher-tool steps, per node in start order: every `$secret{alias}` a node's file uses
 * has its entry in that file's `[secrets]`, its last table (the cipher tool rewrites the file from
 * there: generate/secrets.ts), to be filled and encrypted before the node's first start.
 */
import type { TopologyModel } from '../model.js';
import type { ApimNode } from '../topology.js';
import { code, md } from './markdown.js';
import { nodeConfig } from './node-config.js';

export function secretsSection(model: TopologyModel, order: readonly ApimNode[]): string[] {
  if (model.version.configFormat !== 'deployment-toml') return [];
  const rows = order.flatMap((node) => {
    const secrets = nodeConfig(model, node).sections.find(
      (s) => s.table.length === 1 && s.table[0] === 'secrets',
    );
    return secrets ? [{ node, aliases: Object.keys(secrets.values) }] : [];
  });
  if (rows.length === 0) return [];
  return [
    '## Secrets',
    '',
    'On each node, in the start order, before its first start: put each value between the brackets of its',
    `${code('[secrets]')} entries (the last table of its ${code('deployment.toml')}), then run ${code('sh bin/ciphertool.sh -Dconfigure')}`,
    'from its `<API-M_HOME>`: it encrypts them in place with the primary keystore (its password is asked for).',
    '',
    ...rows.map(
      ({ node, aliases }, i) => `${i + 1}. **${md(node.name)}**: ${aliases.map(code).join(', ')}`,
    ),
    '',
  ];
}
