/**
 * What a node needs to reach the others: the Key Manager, the Traffic Managers, the Developer
 * Portal, token revocation, cache invalidation. Each returns data; values and their order follow the
 * WSO2 distributed-deployment guides (documents 002 and 004).
 */
import type { TomlSection, TomlTable } from '../toml.js';
import { ADMIN_REF, ADMIN_RUNTIME } from './base.js';
import type { Endpoint, NodeContext } from './context.js';
import {
  amqpUrl,
  binarySslUrl,
  binaryUrl,
  describeEndpoint,
  managementBase,
  memberNodes,
  servicesUrl,
} from './urls.js';

/** The endpoint a single-valued URL points at: a cluster's load balancer, or the first node. */
export function primary(eps: readonly Endpoint[]): Endpoint | undefined {
  return eps.find((e) => e.type === 'cluster') ?? eps[0];
}

export function keyManagerClient(ctx: NodeContext): TomlSection[] {
  const km = primary(ctx.reach('key-manager'));
  if (!km) return [];
  return [
    {
      table: ['apim', 'key_manager'],
      comment: [`Key validation: Key Manager ${describeEndpoint(km)}`],
      values: {
        service_url: servicesUrl(km),
        ...ADMIN_REF,
        ...(ctx.version.keyManagerType ? { type: 'default' } : {}),
      },
    },
  ];
}

export function revokeEndpoint(ctx: NodeContext): TomlSection[] {
  const km = primary(ctx.reach('key-manager'));
  if (!km) return [];
  return [
    {
      table: ['apim', 'oauth_config'],
      comment: [`Token revocation on Key Manager ${describeEndpoint(km)}`],
      values: { revoke_endpoint: `${managementBase(km)}/oauth2/revoke` },
    },
  ];
}

export interface ThrottlingOptions {
  /** `service_url` of the Traffic Manager (policy deployment, block conditions). */
  readonly serviceUrl: boolean;
  /** `username` / `password` as the Publisher sample writes them. */
  readonly credentials?: boolean;
}

/**
 * `[apim.throttling]` towards every Traffic Manager reached: decision endpoints (AMQP) and one
 * `url_group` (binary) per Traffic Manager, each directly to the member (or, with distributed
 * throttling, one load-balanced group of them all); `service_url` through the Traffic Manager load
 * balancer where there is one.
 */
export function throttlingClient(ctx: NodeContext, opts: ThrottlingOptions): TomlSection[] {
  const eps = ctx.reach('traffic-manager');
  const tms = memberNodes(eps);
  const first = primary(eps);
  if (!first || tms.length === 0) return [];
  const values: TomlTable = {};
  if (opts.serviceUrl) values.service_url = servicesUrl(first);
  values.throttle_decision_endpoints = tms.map(amqpUrl);
  if (opts.credentials) Object.assign(values, ADMIN_REF);
  // 4.6+ with the Traffic Managers' counters in Redis: one load-balanced group of every Traffic
  // Manager (docs-apim 4.6.0 distributed-throttling.md, the gateway component's url_group).
  const shared =
    ctx.version.distributedThrottling && tms.length > 1 && tms.some((tm) => ctx.keyValueStore(tm));
  return [
    {
      table: ['apim', 'throttling'],
      comment: [`Traffic Manager: ${eps.map(describeEndpoint).join('; ')}`],
      values,
    },
    ...(shared
      ? [
          {
            table: ['apim', 'throttling', 'url_group'],
            arrayOfTables: true,
            comment: [
              'Counters are shared in Redis: each event goes to one Traffic Manager of the group.',
            ],
            values: {
              traffic_manager_urls: tms.map(binaryUrl),
              traffic_manager_auth_urls: tms.map(binarySslUrl),
              type: 'loadbalance',
            },
          } satisfies TomlSection,
        ]
      : tms.map((tm): TomlSection => ({
          table: ['apim', 'throttling', 'url_group'],
          arrayOfTables: true,
          values: {
            traffic_manager_urls: [binaryUrl(tm)],
            traffic_manager_auth_urls: [binarySslUrl(tm)],
          },
        }))),
  ];
}

export function devportalUrl(ctx: NodeContext): TomlSection[] {
  const dp = primary(ctx.reach('devportal'));
  if (!dp) return [];
  return [
    {
      table: ['apim', 'devportal'],
      comment: [`Developer Portal ${describeEndpoint(dp)}`],
      values: { url: `${managementBase(dp)}/devportal` },
    },
  ];
}

/** The token-revocation `[[event_listener]]`: revocations go to `<base>/internal/data/v1/notify`. */
export function tokenRevocationListener(base: string, comment: string): TomlSection {
  return {
    table: ['event_listener'],
    arrayOfTables: true,
    comment: [comment],
    values: {
      id: 'token_revocation',
      type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
      name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
      order: 1,
      properties: {
        notification_endpoint: `${base}/internal/data/v1/notify`,
        ...ADMIN_RUNTIME,
        'header.X-WSO2-KEY-MANAGER': 'default',
      },
    },
  };
}

/**
 * A Key Manager's token-revocation notifier: revocations are sent to the internal API of the event
 * hub, through its load balancer where there is one: 3.2's Traffic Manager, 4.x's control plane
 * (the KM-separated guides' "notification_endpoint = https://cp.wso2.com:9443/internal/data/v1/notify").
 */
export function revocationNotifier(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.keyManagerRevocationNotifier) return [];
  const hub = primary(ctx.reach(ctx.version.eventHub ? 'event-hub' : 'traffic-manager'));
  if (!hub) return [];
  return [
    tokenRevocationListener(
      managementBase(hub),
      ctx.version.eventHub
        ? `Token revocation events to the control plane ${describeEndpoint(hub)}`
        : `Token revocation events to Traffic Manager ${describeEndpoint(hub)}`,
    ),
  ];
}

/** `[apim.cache_invalidation]` with the node's role domain, where the version reads it. */
export function cacheInvalidation(ctx: NodeContext): TomlSection[] {
  const domain = ctx.cacheDomain;
  if (!domain || ctx.version.cacheInvalidation === 'no' || !ctx.settings.cacheInvalidation)
    return [];
  return [
    {
      table: ['apim', 'cache_invalidation'],
      comment:
        ctx.version.cacheInvalidation === 'with-updates'
          ? [
              'Read by API-M 3.2.0 with WSO2 updates only; a GA 3.2.0 node ignores it (see README.md).',
            ]
          : undefined,
      values: { enabled: true, domain },
    },
  ];
}

/** `[apim.cors]` as the 3.x guide writes it on gateways. */
export function gatewayCors(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.gatewayCors) return [];
  return [
    {
      table: ['apim', 'cors'],
      values: {
        allow_origins: '*',
        allow_methods: ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'],
        allow_headers: [
          'authorization',
          'Access-Control-Allow-Origin',
          'Content-Type',
          'SOAPAction',
        ],
        allow_credentials: false,
      },
    },
  ];
}
