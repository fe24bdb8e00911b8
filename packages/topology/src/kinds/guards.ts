/**
 * What a node is, asked of its kind's metadata: shared code narrows nodes with these, never by
 * naming a kind.
 */
import type {
  ApimNode,
  DatabaseNode,
  GatewayEnvironmentFields,
  LoadBalancerNode,
  Node,
  RedisNode,
} from '../topology.js';
import { KIND_META, isApimKind } from './meta-registry.js';

/** An API-M server: it gets a configuration file and plays roles. */
export function isApimNode(node: Node): node is ApimNode {
  return isApimKind(node.kind);
}

/** A load balancer: the nodes of the kind it `fronts` that it is joined to are one cluster. */
export function isLoadBalancer(node: Node): node is LoadBalancerNode {
  return KIND_META[node.kind].category === 'load-balancer';
}

/** A database server holding WSO2AM_DB and/or WSO2SHARED_DB. */
export function isDatabase(node: Node): node is DatabaseNode {
  return KIND_META[node.kind].category === 'database';
}

/** A key-value store (Redis, Valkey) the Traffic Managers share throttle counters in. */
export function isKeyValueStore(node: Node): node is RedisNode {
  return KIND_META[node.kind].category === 'key-value-store';
}

/** The gateway environment a node serves itself, when its kind has one (a gateway, an all-in-one node). */
export function environmentOf(node: Node): GatewayEnvironmentFields | undefined {
  return 'environment' in node ? node.environment : undefined;
}
