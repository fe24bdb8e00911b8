/** Gateway environments: the ones a node publishes to or lists, and the labels a gateway deploys. */
import type { TomlSection, TomlTable } from '../toml.js';
import { ADMIN_RUNTIME } from './base.js';
import type { NodeContext } from './context.js';
import { describeEndpoint, gatewayUrls } from './urls.js';

/**
 * `[[apim.gateway.environment]]`, one per gateway environment reached. A node that deploys APIs (a
 * Publisher, an all-in-one node, a control plane) also gets `service_url` and credentials; the
 * Developer Portal only shows the endpoints.
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

function labelsSection(labels: readonly string[], comment: string): TomlSection {
  return {
    table: ['apim', 'sync_runtime_artifacts', 'gateway'],
    comment: [comment],
    values: { gateway_labels: [...labels] },
  };
}

/** A gateway deploys the APIs published to these environments (labels) of the control plane. */
export function gatewayLabels(ctx: NodeContext, labels: readonly string[]): TomlSection[] {
  if (!ctx.version.gatewayLabels) return [];
  return [
    labelsSection(
      labels,
      'Deploy the APIs published to these environments (labels) of the control plane.',
    ),
  ];
}

/**
 * A node that serves its own environment (an all-in-one node) subscribes its gateway to that label:
 * it subscribes to "Default" otherwise, and an environment of any other name would never get its
 * APIs (the label must equal the environment's name).
 */
export function ownEnvironmentLabels(ctx: NodeContext): TomlSection[] {
  if (!ctx.version.gatewayLabels) return [];
  const { node } = ctx;
  const own = ctx
    .environments()
    .filter((env) =>
      env.endpoint.type === 'node'
        ? env.endpoint.node.id === node.id
        : env.endpoint.members.some((m) => m.id === node.id),
    );
  if (own.length === 0) return [];
  return [
    labelsSection(
      own.map((env) => env.name),
      "Deploy the APIs published to this node's own gateway environment (label).",
    ),
  ];
}
