/**
 * Distributed throttling (4.6+): the Traffic Managers share their counters in one Redis / Valkey, and
 * gateways then send each event to only one of them. A Traffic Manager left out counts alone, so its
 * limits are not the deployment's. WSO2's guide configures the control plane with the store too
 * (docs-apim 4.6.0 api-gateway/rate-limiting/distributed-throttling.md).
 */
import { kindsConnect } from '../connections.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { isKeyValueStore } from '../kinds/guards.js';
import { kindAvailable, kindLabel, throttlesIn } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';

export function checkThrottlingStores(model: TopologyModel): Diagnostic[] {
  const stores = model.nodes.filter(isKeyValueStore);
  if (stores.length === 0 || !model.version.distributedThrottling) return [];
  const out: Diagnostic[] = [];
  const at = (id: string) => ({ nodeId: id, path: ['nodes', model.indexOf(id)] });
  const storeKind = stores[0]?.kind;
  // API-M nodes that may use a store: those of the kinds it connects to.
  const users = model
    .apimNodes()
    .filter(
      (n) =>
        storeKind !== undefined &&
        kindsConnect(n.kind, storeKind) &&
        kindAvailable(n.kind, model.version),
    );
  const throttlers = users.filter((n) => throttlesIn(n.kind, model.version));
  const storesOf = (id: string) => model.keyValueStores(id);
  for (const store of stores) {
    if (throttlers.some((t) => storesOf(t.id).includes(store))) continue;
    out.push(
      diagnostic(
        'throttling-store-unused',
        `${store.name} holds no Traffic Manager's counters: no Traffic Manager is connected to it, so nothing ` +
          `throttles with it. Connect every Traffic Manager to it, or remove it.`,
        at(store.id),
      ),
    );
  }
  const shared = throttlers.flatMap((t) => storesOf(t.id));
  const main = shared[0];
  if (!main) return out;
  for (const node of users) {
    const own = storesOf(node.id);
    if (own.length === 1 && own[0] === main) continue;
    const throttles = throttlesIn(node.kind, model.version);
    const what =
      own.length === 0
        ? `is connected to no Redis`
        : own.length > 1
          ? `is connected to ${own.map((s) => s.name).join(' and ')}`
          : `keeps its counters in ${own[0]?.name ?? ''}`;
    out.push(
      throttles
        ? diagnostic(
            'throttling-store-not-shared',
            `${kindLabel(node.kind)} ${node.name} ${what}, while the other Traffic Managers share their throttle ` +
              `counters in ${main.name}. Gateways send each event to one Traffic Manager of the group, so a ` +
              `Traffic Manager that counts alone lets more requests through than the limits allow. Connect it to ` +
              `${main.name} only.`,
            at(node.id),
          )
        : diagnostic(
            'throttling-store-incomplete',
            `${kindLabel(node.kind)} ${node.name} ${what}, while the Traffic Managers share their throttle counters ` +
              `in ${main.name}: WSO2's distributed throttling guide configures the control plane with the same ` +
              `store. Connect it to ${main.name}.`,
            at(node.id),
          ),
    );
  }
  return out;
}
