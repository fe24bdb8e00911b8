/**
 * Each chart's own values: host names, instances, and what it calls (Key Manager, Traffic Managers,
 * event hub, gateway environments), named by the Services of the releases that play those roles. One
 * builder per chart, keyed by the distribution its nodes run (the kinds' metadata says which).
 */
import { environmentOf } from '../../kinds/guards.js';
import { servesApiTraffic, servesPortals } from '../../kinds/meta-registry.js';
import type { DistributionName } from '../../releases/facts.js';
import type { YamlMap } from '../../yaml.js';
import type { ValuesContext } from './context.js';
import {
  chartOffset,
  httpsPort,
  instanceServices,
  reachedReleases,
  releaseOf,
  service,
  type ChartRelease,
} from './plan.js';
import { databaseValues, imageValues, redisValues, serverValues } from './values-common.js';
import { mergeValues } from './values-merge.js';

export interface RouteHosts {
  readonly management: string;
  readonly gateway: string;
  readonly websocket: string;
  readonly websub: string;
}

/**
 * The host names a release is routed by. The design gives one host per node; the charts route API
 * traffic, WebSocket and WebSub each by a host name of its own (one Ingress or HTTPRoute each, all on
 * path "/"), so those are derived from it: `websocket.<host>`, `websub.<host>`, and on an all-in-one
 * node, which also serves the portals on its host, `gateway.<host>`.
 */
export function routeHosts(release: ChartRelease): RouteHosts {
  const host = release.host.toLowerCase();
  const kind = release.nodes[0]?.kind;
  const both = kind !== undefined && servesApiTraffic(kind) && servesPortals(kind);
  return {
    management: host,
    gateway: both ? `gateway.${host}` : host,
    websocket: `websocket.${host}`,
    websub: `websub.${host}`,
  };
}

/** The same host name under `kubernetes.ingress.<route>` and, on 4.5+ charts, `kubernetes.gatewayAPI.<route>`. */
function routes(ctx: ValuesContext, hosts: Readonly<Record<string, string>>): YamlMap {
  const each = Object.fromEntries(Object.entries(hosts).map(([k, h]) => [k, { hostname: h }]));
  return {
    kubernetes: {
      ingress: each,
      ...(ctx.layout.gatewayApi ? { gatewayAPI: each } : {}),
    },
  };
}

/** High availability where the chart runs a second instance. */
function highAvailability(ctx: ValuesContext): YamlMap {
  return { wso2: { deployment: { highAvailability: ctx.release.nodes.length > 1 } } };
}

/** `km`: the Key Manager the release reaches (a Key Manager or the control plane), on a gateway or Traffic Manager chart. */
function keyManagerUrl(ctx: ValuesContext): YamlMap {
  const km = reachedReleases(ctx.model, ctx.plan, ctx.node, 'key-manager')[0];
  if (!km) return {};
  return {
    wso2: {
      apim: { configurations: { km: { serviceUrl: service(km), servicePort: httpsPort(km) } } },
    },
  };
}

/** `eventhub`: the control plane's Service and the Service of each of its instances (their brokers). */
function eventHub(ctx: ValuesContext, withSwitch: boolean): YamlMap {
  const hubs = reachedReleases(ctx.model, ctx.plan, ctx.node, 'event-hub');
  const first = hubs[0];
  if (!first) return {};
  return {
    wso2: {
      apim: {
        configurations: {
          eventhub: {
            ...(withSwitch ? { enabled: true, servicePort: httpsPort(first) } : {}),
            serviceUrl: service(first),
            urls: hubs.flatMap(instanceServices),
          },
        },
      },
    },
  };
}

/** Each gateway environment the control plane (or all-in-one node) lists, at the Services of its gateways. */
function environments(ctx: ValuesContext): YamlMap {
  const list = ctx.model.environments(ctx.node.id).flatMap((env) => {
    const gw = releaseOf(ctx.plan, env.endpoint);
    if (!gw) return [];
    const hosts = routeHosts(gw);
    return [
      {
        name: env.name,
        type: env.type,
        gatewayType: 'Regular',
        provider: 'wso2',
        displayInApiConsole: env.displayInApiConsole,
        description: env.description,
        showAsTokenEndpointUrl: env.showAsTokenEndpointUrl,
        serviceName: service(gw),
        servicePort: httpsPort(gw),
        wsHostname: hosts.websocket,
        httpHostname: hosts.gateway,
        websubHostname: hosts.websub,
      },
    ];
  });
  return { wso2: { apim: { configurations: { gateway: { environments: list } } } } };
}

/** The environment labels a gateway deploys the APIs of: its own, or the labels the design gives it. */
function gatewayLabels(ctx: ValuesContext, key: string): YamlMap {
  const node = ctx.node;
  const labels =
    'gatewayLabels' in node && node.gatewayLabels !== undefined
      ? node.gatewayLabels
      : [environmentOf(node)?.name ?? ''];
  return { wso2: { apim: { configurations: { [key]: { gateway: { labels } } } } } };
}

type Builder = (ctx: ValuesContext) => YamlMap;

const common: Builder = (ctx) =>
  mergeValues(imageValues(ctx), serverValues(ctx), databaseValues(ctx));

export const CHART_VALUES: Readonly<Record<DistributionName, Builder>> = {
  'control-plane': (ctx) => {
    const km = reachedReleases(ctx.model, ctx.plan, ctx.node, 'key-manager').find(
      (r) => r !== ctx.release,
    );
    const host = routeHosts(ctx.release).management;
    return mergeValues(
      routes(ctx, { controlPlane: host }),
      common(ctx),
      highAvailability(ctx),
      { wso2: { deployment: { replicas: 1 } } },
      {
        wso2: {
          apim: {
            configurations: {
              km: km
                ? { enabled: true, serviceName: service(km), servicePort: httpsPort(km) }
                : { enabled: false },
            },
          },
        },
      },
      environments(ctx),
      redisValues(ctx, false),
    );
  },
  'key-manager': (ctx) =>
    mergeValues(
      routes(ctx, { km: routeHosts(ctx.release).management }),
      common(ctx),
      highAvailability(ctx),
      eventHub(ctx, false),
    ),
  'traffic-manager': (ctx) =>
    mergeValues(
      imageValues(ctx),
      serverValues(ctx),
      // 4.7 dropped `databases` from the Traffic Manager's values.yaml ("TM and GW do not require database configuration").
      ctx.layout.gatewayAndTrafficManagerDatabases ? databaseValues(ctx) : {},
      highAvailability(ctx),
      keyManagerUrl(ctx),
      eventHub(ctx, false),
      redisValues(ctx, ctx.layout.keyValueStoreSsl),
    ),
  gateway: (ctx) => {
    const hosts = routeHosts(ctx.release);
    const tms = reachedReleases(ctx.model, ctx.plan, ctx.node, 'traffic-manager');
    const tm = tms[0];
    const count = ctx.release.nodes.length;
    return mergeValues(
      routes(ctx, { gateway: hosts.gateway, websocket: hosts.websocket, websub: hosts.websub }),
      mergeValues(imageValues(ctx), serverValues(ctx)),
      ctx.layout.gatewayAndTrafficManagerDatabases ? databaseValues(ctx) : {},
      { wso2: { deployment: { replicas: count, minReplicas: count, maxReplicas: count } } },
      keyManagerUrl(ctx),
      tm
        ? {
            wso2: {
              apim: {
                configurations: {
                  throttling: {
                    serviceUrl: service(tm),
                    servicePort: httpsPort(tm),
                    portOffset: chartOffset(tm),
                    urls: tms.flatMap(instanceServices),
                  },
                },
              },
            },
          }
        : {},
      eventHub(ctx, true),
      gatewayLabels(ctx, ctx.layout.gatewayLabelsKey),
      ctx.layout.distributedThrottling && ctx.model.keyValueStores(ctx.node.id).length > 0
        ? { wso2: { apim: { configurations: { distributedThrottling: { enable: true } } } } }
        : {},
    );
  },
  'all-in-one': (ctx) => {
    const hosts = routeHosts(ctx.release);
    return mergeValues(
      routes(ctx, {
        management: hosts.management,
        gateway: hosts.gateway,
        websocket: hosts.websocket,
        websub: hosts.websub,
      }),
      common(ctx),
      ctx.layout.allInOneHighAvailability ? highAvailability(ctx) : {},
      environments(ctx),
      gatewayLabels(ctx, 'syncRuntimeArtifacts'),
    );
  },
};
