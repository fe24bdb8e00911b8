/**
 * Auto-layout with dagre, loaded on demand: top-down in tiers, as the documents draw deployments:
 * load balancers, then gateways, then the nodes they call, the Key and Traffic Managers, and the
 * databases at the bottom. Edges are laid out from the upper tier to the lower whichever way the
 * document stores them (an imported topology's edges follow its URLs, not the picture); two nodes
 * of one tier are not pushed onto different rows by an edge between them.
 */
import type { NodeKind, Topology } from '@apim-designer/topology';
import { graphlib, layout } from '@dagrejs/dagre';

const WIDTH = 200;
const HEIGHT = 72;

export const TIER: Readonly<Record<NodeKind, number>> = {
  'load-balancer': 0,
  gateway: 1,
  publisher: 2,
  devportal: 2,
  'all-in-one': 2,
  'control-plane': 2,
  'key-manager': 3,
  'traffic-manager': 3,
  database: 4,
  redis: 4,
};

export async function layoutTopology(t: Topology): Promise<Topology> {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 90 });
  g.setDefaultEdgeLabel(() => ({}));
  const tier = new Map(t.nodes.map((n) => [n.id, TIER[n.kind]]));
  for (const n of t.nodes) g.setNode(n.id, { width: WIDTH, height: HEIGHT });
  for (const e of t.edges) {
    const a = tier.get(e.source);
    const b = tier.get(e.target);
    // Same tier: no constraint, so the two stay side by side.
    if (a === undefined || b === undefined || a === b) continue;
    // minlen: a Publisher reached only through the gateways' load balancer still sits below them.
    if (a < b) g.setEdge(e.source, e.target, { minlen: b - a });
    else g.setEdge(e.target, e.source, { minlen: a - b });
  }
  layout(g);
  return {
    ...t,
    nodes: t.nodes.map((n) => {
      const p = g.node(n.id);
      return {
        ...n,
        position: { x: Math.round(p.x - WIDTH / 2), y: Math.round(p.y - HEIGHT / 2) },
      };
    }),
  };
}
