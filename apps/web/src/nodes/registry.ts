/**
 * Each kind's canvas node, from its folder (the forms are in forms.ts: they use the core's schemas,
 * which the first paint does not load). Typed against the core's NodeKind, so a new kind fails the
 * typecheck until it has one. `nodeTypes` lives at module scope, as React Flow needs a stable object.
 */
import type { NodeKind } from '@apim-designer/topology';
import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import { AllInOneCanvasNode } from './all-in-one/node.js';
import { ControlPlaneCanvasNode } from './control-plane/node.js';
import { DatabaseCanvasNode } from './database/node.js';
import { DevportalCanvasNode } from './devportal/node.js';
import { GatewayCanvasNode } from './gateway/node.js';
import { KeyManagerCanvasNode } from './key-manager/node.js';
import { LoadBalancerCanvasNode } from './load-balancer/node.js';
import { PublisherCanvasNode } from './publisher/node.js';
import { RedisCanvasNode } from './redis/node.js';
import { TrafficManagerCanvasNode } from './traffic-manager/node.js';
import type { DesignerNode } from './types.js';

export const nodeTypes = {
  'key-manager': KeyManagerCanvasNode,
  'traffic-manager': TrafficManagerCanvasNode,
  publisher: PublisherCanvasNode,
  devportal: DevportalCanvasNode,
  gateway: GatewayCanvasNode,
  'control-plane': ControlPlaneCanvasNode,
  'all-in-one': AllInOneCanvasNode,
  'load-balancer': LoadBalancerCanvasNode,
  database: DatabaseCanvasNode,
  redis: RedisCanvasNode,
} satisfies Record<NodeKind, ComponentType<NodeProps<DesignerNode>>>;
