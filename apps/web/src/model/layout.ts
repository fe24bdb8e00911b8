/** Auto-layout with dagre, loaded on demand: top-down, in the order data flows. */
import type { Topology } from '@apim-designer/topology';
import { graphlib, layout } from '@dagrejs/dagre';

const WIDTH = 200;
const HEIGHT = 72;

export async function layoutTopology(t: Topology): Promise<Topology> {
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 90 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of t.nodes) g.setNode(n.id, { width: WIDTH, height: HEIGHT });
  for (const e of t.edges)
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.setEdge(e.source, e.target);
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
