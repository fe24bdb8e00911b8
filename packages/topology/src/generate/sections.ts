/**
 * The `deployment.toml` sections the role generators assemble. Each returns data; values and their
 * order follow the WSO2 distributed-deployment guides (documents 002 and 004).
 */
import { isIpv4, isIpv6, urlHost } from '../fields.js';
import type { DatabaseNode } from '../topology.js';
import type { Role } from '../versions.js';
import type { TomlSection, TomlTable } from '../toml.js';
import { DATABASE_ENGINES } from '../kinds/database.js';
import type { DatabaseName, Endpoint, NodeContext } from './context.js';
import {
  amqpUrl,
  binarySslUrl,
  binaryUrl,
  describeEndpoint,
  gatewayUrls,
  managementBase,
  memberNodes,
  servicesUrl,
} from './urls.js';

export const ADMIN_REF = {
  username: '$ref{super_admin.username}',
  password: '$ref{super_admin.password}',
};
/** Resolved at runtime by API-M from the super admin (not by the config mapper). */
const ADMIN_RUNTIME = { username: '${admin.username}', password: '${admin.password}' };

export function serverSection(ctx: NodeContext, serverRole: string): TomlSection[] {
  const { node } = ctx;
  const cluster = ctx.cluster();
  const hostname = cluster ? cluster.lb.host : node.host;
  const sections: TomlSection[] = [
    {
      table: ['server'],
      comment: cluster
        ? [`Member of the cluster behind load balancer ${cluster.lb.name}: the cluster host name.`]
        : undefined,
      values: {
        hostname,
        node_ip: isIpv4(node.host) || isIpv6(node.host) ? node.host : '127.0.0.1',
        server_role: serverRole,
        offset: node.offset,
      },
    },
  ];
  if (cluster && node.kind === 'control-plane') {
    // The 4.x HA sample pins the base path (the product default) so portal redirects use the cluster host.
    const server = sections[0];
    if (server)
      Object.assign(server.values, {
        base_path: '${carbon.protocol}://${carbon.host}:${carbon.management.port}',
      });
  }
  if (cluster && ctx.version.family === '4.x' && node.kind !== 'gateway') {
    // The 4.x guide's control plane and Traffic Manager samples set only the HTTPS proxy port.
    sections.push({ table: ['transport', 'https', 'properties'], values: { proxyPort: 443 } });
  } else if (cluster) {
    // Behind a load balancer the node advertises the balancer's ports (documents 002 / 003).
    sections.push(
      {
        table: ['transport', 'http'],
        values: { properties: { port: 9763, proxyPort: 80 } },
      },
      {
        table: ['transport', 'https'],
        values: { properties: { port: 9443, proxyPort: 443 } },
      },
    );
  }
  return sections;
}

export function identitySections(ctx: NodeContext): TomlSection[] {
  const { superAdmin, userStoreType } = ctx.settings;
  return [
    { table: ['user_store'], values: { type: userStoreType } },
    {
      table: ['super_admin'],
      values: {
        username: superAdmin.username,
        password: superAdmin.password,
        create_admin_account: true,
      },
    },
  ];
}

/** Embedded H2 (the product's own defaults), written when a node is wired to no database. */
const EMBEDDED_H2: Record<DatabaseName, TomlTable> = {
  apim_db: {
    type: 'h2',
    url: 'jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE',
    username: 'wso2carbon',
    password: 'wso2carbon',
  },
  shared_db: {
    type: 'h2',
    url: 'jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE',
    username: 'wso2carbon',
    password: 'wso2carbon',
  },
};

export function databaseValues(db: DatabaseNode, which: DatabaseName): TomlTable {
  const engine = DATABASE_ENGINES[db.engine];
  const name = which === 'apim_db' ? db.apimDbName : db.sharedDbName;
  const port = db.port ?? engine.defaultPort;
  const location: TomlTable = engine.urlOnly
    ? { url: engine.jdbcUrl(urlHost(db.host), port, name ?? which) }
    : { hostname: db.host, [engine.nameKey]: name ?? which, port };
  return {
    type: engine.wso2Type,
    ...location,
    username: db.username,
    password: db.password,
  };
}

export function databaseSections(ctx: NodeContext, roles: readonly Role[]): TomlSection[] {
  const needsApim = roles.some((r) => ctx.version.rolesNeedingApimDb.includes(r));
  const wanted: DatabaseName[] = needsApim ? ['apim_db', 'shared_db'] : ['shared_db'];
  return wanted.map((which) => {
    const db = ctx.database(which);
    return db
      ? {
          table: ['database', which],
          comment: [
            `${which === 'apim_db' ? 'WSO2AM_DB' : 'WSO2SHARED_DB'} on ${db.name} (${db.host})`,
          ],
          values: databaseValues(db, which),
        }
      : {
          table: ['database', which],
          comment: [
            `Embedded H2: this node is wired to no database. Trial only; the data stays on this node.`,
          ],
          values: EMBEDDED_H2[which],
        };
  });
}

export function keystoreSections(ctx: NodeContext): TomlSection[] {
  const { keystore, truststore } = ctx.settings;
  return [
    {
      table: ['keystore', 'tls'],
      values: {
        file_name: keystore.fileName,
        type: keystore.type,
        password: keystore.password,
        alias: keystore.alias,
        key_password: keystore.keyPassword,
      },
    },
    {
      table: ['truststore'],
      values: {
        file_name: truststore.fileName,
        type: truststore.type,
        password: truststore.password,
      },
    },
  ];
}

/** The endpoint a single-valued URL points at: a cluster's load balancer, or the first node. */
export function primary(eps: readonly Endpoint[]): Endpoint | undefined {
  return eps.find((e) => e.type === 'cluster') ?? eps[0];
}

export function keyManagerClient(ctx: NodeContext, withCredentials = true): TomlSection[] {
  const km = primary(ctx.reach('key-manager'));
  if (!km) return [];
  return [
    {
      table: ['apim', 'key_manager'],
      comment: [`Key validation: Key Manager ${describeEndpoint(km)}`],
      values: {
        service_url: servicesUrl(km),
        ...(withCredentials ? ADMIN_REF : {}),
        ...(ctx.version.family === '4.x' ? { type: 'default' } : {}),
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
 * `url_group` (binary) per Traffic Manager, each directly to the member; `service_url` through the
 * Traffic Manager load balancer where there is one.
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
  return [
    {
      table: ['apim', 'throttling'],
      comment: [`Traffic Manager: ${eps.map(describeEndpoint).join('; ')}`],
      values,
    },
    ...tms.map((tm): TomlSection => ({
      table: ['apim', 'throttling', 'url_group'],
      arrayOfTables: true,
      values: {
        traffic_manager_urls: [binaryUrl(tm)],
        traffic_manager_auth_urls: [binarySslUrl(tm)],
      },
    })),
  ];
}

/**
 * `[[apim.gateway.environment]]`, one per gateway environment reached. The Publisher (and an
 * all-in-one node) also gets `service_url` and credentials to deploy APIs; the Developer Portal only
 * shows the endpoints.
 */
export function gatewayEnvironments(ctx: NodeContext, deploys: boolean): TomlSection[] {
  return ctx.environments().map((env): TomlSection => {
    const urls = gatewayUrls(env.endpoint);
    const values: TomlTable = {
      name: env.name,
      type: env.type,
      display_in_api_console: env.displayInApiConsole,
      description: env.description,
      show_as_token_endpoint_url: env.showAsTokenEndpointUrl,
    };
    const keys = ctx.version.environmentKeys;
    if (keys.provider) values.provider = 'wso2';
    if (keys.gatewayType) values.gateway_type = 'Regular';
    if (deploys) Object.assign(values, { service_url: urls.serviceUrl, ...ADMIN_RUNTIME });
    Object.assign(values, {
      ws_endpoint: urls.ws,
      wss_endpoint: urls.wss,
      http_endpoint: urls.http,
      https_endpoint: urls.https,
    });
    if (keys.websub) {
      Object.assign(values, {
        websub_event_receiver_http_endpoint: urls.websubHttp,
        websub_event_receiver_https_endpoint: urls.websubHttps,
      });
    }
    return {
      table: ['apim', 'gateway', 'environment'],
      arrayOfTables: true,
      comment: [`Gateway environment "${env.name}": ${describeEndpoint(env.endpoint)}`],
      values,
    };
  });
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

/**
 * The Key Manager's token-revocation notifier (3.2): revocations are sent to the Traffic Manager's
 * `/internal/data/v1/notify`, through its load balancer where there is one.
 */
export function revocationNotifier(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.keyManagerRevocationNotifier) return [];
  const tm = primary(ctx.reach('traffic-manager'));
  if (!tm) return [];
  return [
    {
      table: ['event_listener'],
      arrayOfTables: true,
      comment: [`Token revocation events to Traffic Manager ${describeEndpoint(tm)}`],
      values: {
        id: 'token_revocation',
        type: 'org.wso2.carbon.identity.core.handler.AbstractIdentityHandler',
        name: 'org.wso2.is.notification.ApimOauthEventInterceptor',
        order: 1,
        properties: {
          notification_endpoint: `${managementBase(tm)}/internal/data/v1/notify`,
          ...ADMIN_RUNTIME,
          'header.X-WSO2-KEY-MANAGER': 'default',
        },
      },
    },
  ];
}

export function cacheInvalidation(ctx: NodeContext, domain: string): TomlSection[] {
  if (ctx.version.cacheInvalidation === 'no' || !ctx.settings.cacheInvalidation) return [];
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

export function gatewayCors(): TomlSection[] {
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

/**
 * `[secrets]` for every `$secret{alias}` the file refers to. The cipher tool needs the plain value
 * in brackets here, then encrypts it in place (`bin/ciphertool.sh -Dconfigure`); it must be the last table.
 */
export function secretsSection(aliases: readonly string[]): TomlSection[] {
  if (aliases.length === 0) return [];
  const values: TomlTable = {};
  for (const a of aliases)
    values[a] = '[REPLACE-WITH-THE-VALUE, then run bin/ciphertool.sh -Dconfigure]';
  return [
    {
      table: ['secrets'],
      comment: [
        'Secrets referenced with $secret{...} above. Put each value between the brackets and run the cipher tool.',
      ],
      values,
    },
  ];
}
