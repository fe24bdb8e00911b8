/** On the page, after the worker's report: the document to open, and error places. */
import type { ImportedTopology, Topology } from '@apim-designer/topology';
import type { ElkRunner } from '../model/layout.js';
import { withEdgeIds } from '../model/ops.js';

/**
 * Edges with ids, and a top-down layout unless every node has a place already (a bundle's
 * topology.json keeps its own).
 */
export async function openable(imported: ImportedTopology, run?: ElkRunner): Promise<Topology> {
  const topology = withEdgeIds({ ...imported, nodes: [...imported.nodes] });
  if (topology.nodes.every((n) => n.position)) return topology;
  const { layoutTopology } = await import('../model/layout.js');
  return layoutTopology(topology, undefined, run);
}

/** `km.toml:3:7` for an error with a place, else the file alone. */
export function where(e: { file: string; line?: number; column?: number }): string {
  if (e.file === '') return '';
  if (e.line === undefined) return e.file;
  return e.column === undefined ? `${e.file}:${e.line}` : `${e.file}:${e.line}:${e.column}`;
}
