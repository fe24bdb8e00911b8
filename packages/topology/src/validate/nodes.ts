import { nodeFolder } from '../bundle-paths.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { containsPlaceholderSyntax, isValidHost } from '../fields.js';
import { environmentOf } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';

/** Identity of nodes: ids, names, bundle folders, hosts, free text that would not stay literal. */
export function checkNodes(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { nodes } = model.topology;
  const firstById = new Map<string, number>();
  const byName = new Map<string, number>();
  const byFolder = new Map<string, number>();
  const flaggedNames = new Set<number>();

  nodes.forEach((node, i) => {
    const at = (...rest: (string | number)[]) => ({ nodeId: node.id, path: ['nodes', i, ...rest] });
    const label = kindLabel(node.kind);
    const seen = firstById.get(node.id);
    if (seen !== undefined) {
      out.push(
        diagnostic(
          'duplicate-node-id',
          `Node id "${node.id}" is used by nodes ${seen} and ${i}. Ids must be unique: edges point at them.`,
          at('id'),
        ),
      );
      return;
    }
    firstById.set(node.id, i);

    const name = node.name.trim();
    if (name === '') {
      out.push(
        diagnostic(
          'empty-node-name',
          `A ${label} has no name. Give it one: it names its folder in the bundle.`,
          at('name'),
        ),
      );
    } else {
      const other = byName.get(name);
      if (other !== undefined) {
        // On both nodes: the one just renamed may be either of them.
        const first = nodes[other];
        const kinds = first ? `a ${kindLabel(first.kind)} and a ${label}` : `two nodes`;
        const message = `Two nodes are named "${name}" (${kinds}). Rename one: names identify nodes in the bundle and in messages.`;
        if (first && !flaggedNames.has(other)) {
          flaggedNames.add(other);
          out.push(
            diagnostic('duplicate-node-name', message, {
              nodeId: first.id,
              path: ['nodes', other, 'name'],
            }),
          );
        }
        out.push(diagnostic('duplicate-node-name', message, at('name')));
      } else {
        byName.set(name, i);
        const folder = nodeFolder(name);
        const clash = byFolder.get(folder);
        if (clash !== undefined) {
          out.push(
            diagnostic(
              'bundle-folder-collision',
              `"${name}" and "${nodes[clash]?.name ?? ''}" would both be written to the bundle folder "${folder}/". ` +
                `Rename one so that their folder names differ (names are folded to lower-case letters, digits and -).`,
              at('name'),
            ),
          );
        } else {
          byFolder.set(folder, i);
        }
      }
    }

    if ('extraConfig' in node && node.extraConfig && Object.keys(node.extraConfig).length > 0) {
      out.push(
        diagnostic(
          'extra-config-kept',
          `${node.name || label} keeps settings from its imported file that the designer does not model ` +
            `(${Object.keys(node.extraConfig).join(', ')}); they are written back as they were and do not follow ` +
            `changes on the canvas. Check them when you change its connections.`,
          at('extraConfig'),
        ),
      );
    }

    if (!isValidHost(node.host)) {
      out.push(
        diagnostic(
          'invalid-host',
          node.host === ''
            ? `${node.name || label} has no host. Enter the host name or IP address the other nodes use to reach it.`
            : `"${node.host}" is not a host name or an IP address (${node.name || label}). Use letters, digits, ` +
                `hyphens and dots (e.g. km.example.com), an IPv4 address or an IPv6 address.`,
          at('host'),
        ),
      );
    }

    const env = environmentOf(node);
    if (env) {
      if (env.name.trim() === '') {
        out.push(
          diagnostic(
            'empty-environment-name',
            `${node.name || label} has an empty gateway environment name. Name the environment (e.g. "Production and Sandbox").`,
            at('environment', 'name'),
          ),
        );
      }
      for (const field of ['name', 'description'] as const) {
        if (containsPlaceholderSyntax(env[field])) {
          out.push(
            diagnostic(
              'placeholder-in-text',
              `The environment ${field} of ${node.name || label} contains "$…{", which WSO2 would expand as a ` +
                `placeholder instead of showing it. Remove the "$" or the braces.`,
              at('environment', field),
            ),
          );
        }
      }
    }
  });
  return out;
}
