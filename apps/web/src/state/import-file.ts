/** Read a dropped or picked file as a topology, or say what is wrong in it and where. */
import { formatPath, parseTopology, type Topology } from '@apim-designer/topology';
import { withEdgeIds } from '../model/ops.js';

export type ImportResult =
  | { readonly ok: true; readonly topology: Topology }
  | { readonly ok: false; readonly title: string; readonly details: readonly string[] };

export const MAX_IMPORT_BYTES = 1024 * 1024;

export function parseTopologyText(name: string, text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, title: `${name} is not JSON.`, details: [why] };
  }
  const res = parseTopology(value);
  if (!res.ok) {
    const details = res.issues.slice(0, 8).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (res.issues.length > 8) details.push(`…and ${res.issues.length - 8} more.`);
    return { ok: false, title: `${name} is not a valid topology.`, details };
  }
  return { ok: true, topology: withEdgeIds(res.topology) };
}

export async function readTopologyFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, title: `${file.name} is too large.`, details: ['The limit is 1 MiB.'] };
  return parseTopologyText(file.name, await file.text());
}
