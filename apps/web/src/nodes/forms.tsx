/**
 * Each kind's inspector form, from its folder. Typed against the core's NodeKind, so a new kind
 * fails the typecheck until it has one. Loaded with the full core (core/full.ts).
 */
import type { NodeKind } from '@apim-designer/topology';
import type { ComponentType } from 'react';
import { AllInOneForm } from './all-in-one/form.js';
import type { FormProps } from './base-fields.js';
import { ControlPlaneForm } from './control-plane/form.js';
import { DatabaseForm } from './database/form.js';
import { DevportalForm } from './devportal/form.js';
import { GatewayForm } from './gateway/form.js';
import { KeyManagerForm } from './key-manager/form.js';
import { LoadBalancerForm } from './load-balancer/form.js';
import { PublisherForm } from './publisher/form.js';
import { RedisForm } from './redis/form.js';
import { TrafficManagerForm } from './traffic-manager/form.js';

/** Each kind's form takes a node of its kind. */
type Forms = { readonly [K in NodeKind]: ComponentType<FormProps<K>> };

export const nodeForms: Forms = {
  'key-manager': KeyManagerForm,
  'traffic-manager': TrafficManagerForm,
  publisher: PublisherForm,
  devportal: DevportalForm,
  gateway: GatewayForm,
  'control-plane': ControlPlaneForm,
  'all-in-one': AllInOneForm,
  'load-balancer': LoadBalancerForm,
  database: DatabaseForm,
  redis: RedisForm,
};

/** The form of the node's kind, given the node (and its kind, which picks the form). */
export function KindForm<K extends NodeKind>(props: FormProps<K> & { readonly kind: K }) {
  const Form: ComponentType<FormProps<K>> = nodeForms[props.kind];
  return <Form node={props.node} readOnly={props.readOnly} />;
}
