import type { CallDirection, Node, NodeKind, Zone } from '@apim-designer/topology';
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import type { Point, Rect } from '../canvas/routing/geometry.js';

/** What a canvas node carries: the document's node and its problem counts. */
export interface NodeData extends Record<string, unknown> {
  readonly node: Node;
  readonly errors: number;
  readonly warnings: number;
  readonly readOnly: boolean;
}

export type DesignerNode = FlowNode<NodeData, NodeKind>;

/** A zone drawn around its nodes (its box is theirs, padded). */
export interface ZoneData extends Record<string, unknown> {
  readonly zone: Zone;
  readonly width: number;
  readonly height: number;
  readonly readOnly: boolean;
}

export type ZoneFlowNode = FlowNode<ZoneData, 'zone'>;

export type CanvasNode = DesignerNode | ZoneFlowNode;

export interface EdgeData extends Record<string, unknown> {
  readonly errors: number;
  readonly warnings: number;
  readonly messages: readonly string[];
  /** The route around the nodes (canvas/routing), from the source to the target. */
  readonly points: readonly Point[] | null;
  readonly labelAt: Point | null;
  /** The boxes of the two nodes the route was made for. */
  readonly boxes: readonly [Rect, Rect] | null;
  /** Which way the calls go and what they carry (the core's edgeLabels), once the core is here. */
  readonly direction: CallDirection;
  readonly text: string;
}

export type DesignerEdge = FlowEdge<EdgeData>;
