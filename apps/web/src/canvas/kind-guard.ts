import { NODE_KINDS, type NodeKind } from '@apim-designer/topology/meta';

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}
