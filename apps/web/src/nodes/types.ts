import type { Node } from '@apim-designer/topology';
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';

/** What a canvas node carries: the document's node and its problem counts. */
export interface NodeData extends Record<string, unknown> {
  readonly node: Node;
  readonly errors: number;
  readonly warnings: number;
  readonly readOnly: boolean;
}

export type DesignerNode = FlowNode<NodeData>;

export interface EdgeData extends Record<string, unknown> {
  readonly errors: number;
  readonly warnings: number;
  readonly messages: readonly string[];
}

export type DesignerEdge = FlowEdge<EdgeData>;
