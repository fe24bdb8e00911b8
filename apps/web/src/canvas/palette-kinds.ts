import { kindsIn, type ApimVersion, type NodeKind } from '@apim-designer/topology/meta';

/** The kinds a topology of this release can hold (a Control Plane is 4.x), as each kind says. */
export function paletteKinds(version: ApimVersion): NodeKind[] {
  return kindsIn(version);
}
