import {
  KIND_META,
  NODE_KINDS,
  versionFacts,
  type ApimVersion,
  type NodeKind,
} from '@apim-designer/topology/meta';

/** The kinds a topology of this version can hold: its release family's (a Control Plane is 4.x). */
export function paletteKinds(version: ApimVersion): NodeKind[] {
  const family = versionFacts(version).family;
  return NODE_KINDS.filter((k) => KIND_META[k].families.some((f) => f === family));
}
