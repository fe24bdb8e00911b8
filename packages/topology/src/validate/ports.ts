import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { isApimNode } from '../kinds/guards.js';
import { kindLabel } from '../kinds/meta-registry.js';
import { listeners, type Listener } from '../listeners.js';
import type { TopologyModel } from '../model.js';
import type { Node } from '../topology.js';

/** The smallest offset at which `node` collides with none of `others`. */
function freeOffset(model: TopologyModel, node: Node, others: readonly Node[]): number | null {
  if (!isApimNode(node)) return null;
  const taken = new Set(others.flatMap((o) => listeners(model, o).map((l) => l.port)));
  for (let offset = 0; offset < 1000; offset++) {
    if (listeners(model, node, offset).every((l) => !taken.has(l.port))) return offset;
  }
  return null;
}

/** Two nodes on one host listening on the same port: the second cannot start. */
export function checkPorts(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cache = new Map<Node, readonly Listener[]>();
  const listenersOf = (node: Node): readonly Listener[] => {
    let l = cache.get(node);
    if (!l) {
      l = listeners(model, node);
      cache.set(node, l);
    }
    return l;
  };
  const byHost = new Map<string, Node[]>();
  for (const node of model.nodes) {
    const host = node.host.toLowerCase();
    if (host === '') continue;
    byHost.set(host, [...(byHost.get(host) ?? []), node]);
  }
  for (const [host, group] of byHost) {
    group.forEach((b, j) => {
      const bPorts = listenersOf(b);
      for (const a of group.slice(0, j)) {
        const aPorts = new Map(listenersOf(a).map((l) => [l.port, l.what]));
        const clash = bPorts.find((l) => aPorts.has(l.port));
        if (!clash) continue;
        const free = freeOffset(
          model,
          b,
          group.filter((n) => n !== b),
        );
        const fix =
          free !== null
            ? `Give ${b.name} offset ${free} (free on ${host}), or move it to another host.`
            : `Move ${b.name} to another host${isApimNode(a) ? ` or change the offset of ${a.name}` : ''}.`;
        out.push(
          diagnostic(
            'port-conflict',
            `Port ${clash.port} on ${host} is taken twice: ${a.name} (${kindLabel(a.kind)}, ${aPorts.get(clash.port) ?? ''}) and ` +
              `${b.name} (${kindLabel(b.kind)}, ${clash.what}). ${fix}`,
            {
              nodeId: b.id,
              path: ['nodes', model.indexOf(b.id), isApimNode(b) ? 'offset' : 'host'],
            },
          ),
        );
        break;
      }
    });
  }
  return out;
}
