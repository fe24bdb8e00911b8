/**
 * Each kind's canvas node and inspector form, from its folder. Typed against the core's NodeKind,
 * so a new kind fails the typecheck until it has both. `nodeTypes` lives at module scope, as React
 * Flow needs a stable object.
 */
import type { NodeKind } from '@apim-designer/topology';
import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import { AllInOneForm } from './all-in-one/form.js';
import { AllInOneCanvasNode } from './all-in-one/node.js';
import type { FormProps } from './base-fields.js';
import { ControlPlaneForm } from './control-plane/form.js';
import { ControlPlaneCanvasNode } from './control-plane/node.js';
import { DatabaseForm } from './database/form.js';
import { DatabaseCanvasNode } from './database/node.js';
import { DevportalForm } from './devportal/form.js';
import { DevportalCanvasNode } from './devportal/node.js';
import { GatewayForm } from './gateway/form.js';
import { GatewayCanvasNode } from './gateway/node.js';
import { KeyManagerForm } from './key-manager/form.js';
import { KeyManagerCanvasNode } from './key-manager/node.js';
import { LoadBalancerForm } from './load-balancer/form.js';
import { LoadBalancerCanvasNode } from './load-balancer/node.js';
import { PublisherForm } from './publisher/form.js';
import { PublisherCanvasNode } from './publisher/node.js';
import { TrafficManagerForm } from './traffic-manager/form.js';
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
} satisfies Record<NodeKind, ComponentType<NodeProps<DesignerNode>>>;

export const nodeForms = {
  'key-manager': KeyManagerForm,
  'traffic-manager': TrafficManagerForm,
  publisher: PublisherForm,
  devportal: DevportalForm,
  gateway: GatewayForm,
  'control-plane': ControlPlaneForm,
  'all-in-one': AllInOneForm,
  'load-balancer': LoadBalancerForm,
  database: DatabaseForm,
} satisfies Record<NodeKind, ComponentType<FormProps>>;
