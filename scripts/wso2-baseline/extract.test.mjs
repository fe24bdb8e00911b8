/**
 * The shipped-defaults extractor (extract-shipped-defaults.mjs): its dropping rules on small
 * hand-written templates, the release → template table, and (when the product-apim mirror is on this
 * machine) that packages/topology/src/releases/shipped-defaults.json is what the mirror gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KINDS,
  MIRROR,
  OUT,
  RELEASES,
  buildDocument,
  parseToml,
  render,
  splitTemplate,
} from './extract-shipped-defaults.mjs';

const split = (text) => splitTemplate(parseToml(text));

describe('splitTemplate', () => {
  it('drops the tables the designer derives from the topology, whole, and lists each once', () => {
    const { kept, dropped } = split(`
[server]
hostname = "localhost"
server_role = "default"
[super_admin]
username = "admin"
[database.apim_db]
type = "h2"
[database.local]
url = "jdbc:h2:./repository/database/WSO2CARBON_DB"
[apim.throttling]
enable_unlimited_tier = true
[[apim.throttling.url_group]]
traffic_manager_urls = ["tcp://tm1.local:9611"]
[[event_listener]]
id = "token_revocation"
order = 1
[event_listener.properties]
'header.X-WSO2-KEY-MANAGER' = "default"
[apim.devportal]
url = "https://devportal.example:443/devportal"
enable_ratings = true
[[event_handler]]
name = "userPostSelfRegistration"
subscriptions = ["POST_ADD_USER"]
`);
    expect(kept).toEqual({
      apim: { devportal: { enable_ratings: true } },
      event_handler: [{ name: 'userPostSelfRegistration', subscriptions: ['POST_ADD_USER'] }],
    });
    expect(dropped).toEqual([
      'server (topology)',
      'super_admin (topology)',
      'database (topology)',
      'apim.throttling (topology)',
      'apim.devportal.url (topology)',
      'event_listener (topology)',
    ]);
  });

  it('drops the derived key manager and revoke keys and keeps their tables’ other settings', () => {
    const { kept, dropped } = split(`
[apim.key_manager]
service_url = "https://km.example:443/services/"
username = "$ref{super_admin.username}"
password = "$ref{super_admin.password}"
type = "WSO2-IS"
enable_lightweight_apikey_generation = true
[apim.oauth_config]
revoke_endpoint = "https://km.example:9443/oauth2/revoke"
enable_token_hashing = false
`);
    expect(kept).toEqual({
      apim: {
        key_manager: { enable_lightweight_apikey_generation: true },
        oauth_config: { enable_token_hashing: false },
      },
    });
    expect(dropped).toEqual([
      'apim.key_manager.service_url (topology)',
      'apim.key_manager.username (topology)',
      'apim.key_manager.password (topology)',
      'apim.key_manager.type (topology)',
      'apim.oauth_config.revoke_endpoint (topology)',
    ]);
  });

  it('drops every string naming a URL or a host, in arrays too, with its value', () => {
    const { kept, dropped } = split(`
[apim.jwt]
enable = true
claim_dialect = "http://wso2.org/claims"
header = "X-JWT-Assertion"
[apim.analytics]
enable = false
config_endpoint = "https://localhost:8080/auth/v1"
peers = ["a.local:7612"]
store = "analytics.wso2.com"
node = "10.0.0.1"
[apim.cors]
allow_origins = "*"
allow_headers = ["authorization", "apikey"]
`);
    expect(kept).toEqual({
      apim: {
        jwt: { enable: true, header: 'X-JWT-Assertion' },
        analytics: { enable: false },
        cors: { allow_origins: '*', allow_headers: ['authorization', 'apikey'] },
      },
    });
    expect(dropped).toEqual([
      'apim.jwt.claim_dialect (url: http://wso2.org/claims)',
      'apim.analytics.config_endpoint (url: https://localhost:8080/auth/v1)',
      'apim.analytics.peers (url: a.local:7612)',
      'apim.analytics.store (url: analytics.wso2.com)',
      'apim.analytics.node (url: 10.0.0.1)',
    ]);
  });

  it('drops credentials (strings only) and keeps booleans whose names mention a token', () => {
    const { kept, dropped } = split(`
[apim.ai]
enable = true
key = ""
token = "abc"
[apim.analytics]
auth_token = ""
client_secret = "s"
[oauth.grant_type.token_exchange]
enable = true
allow_refresh_tokens = true
iat_validity_period = "1h"
`);
    expect(kept).toEqual({
      apim: { ai: { enable: true } },
      oauth: {
        grant_type: {
          token_exchange: { enable: true, allow_refresh_tokens: true, iat_validity_period: '1h' },
        },
      },
    });
    expect(dropped).toEqual([
      'apim.ai.key (credential)',
      'apim.ai.token (credential)',
      'apim.analytics.auth_token (credential)',
      'apim.analytics.client_secret (credential)',
      'apim.analytics (empty after dropping)',
    ]);
  });

  it('drops tables and array members left empty, keeps arrays of tables as arrays', () => {
    const { kept, dropped } = split(`
[apim.cache.publisher_roles] #check the usage and move to dev role
enable = true
[apim.cache.empty]
[[apim.analytics.analytics_node]]
analytics_url = "tcp://analytic1.local:7612"
[[apim.analytics.analytics_node]]
analytics_url = "tcp://analytic2.local:7612"
[[oauth.extensions.token_types]]
name = "JWT"
issuer = "org.example.Issuer"
`);
    expect(kept).toEqual({
      apim: { cache: { publisher_roles: { enable: true } } },
      oauth: { extensions: { token_types: [{ name: 'JWT', issuer: 'org.example.Issuer' }] } },
    });
    expect(Array.isArray(kept.oauth.extensions.token_types)).toBe(true);
    expect(dropped).toEqual([
      'apim.cache.empty (empty)',
      'apim.analytics.analytics_node[0].analytics_url (url: tcp://analytic1.local:7612)',
      'apim.analytics.analytics_node[0] (empty after dropping)',
      'apim.analytics.analytics_node[1].analytics_url (url: tcp://analytic2.local:7612)',
      'apim.analytics.analytics_node[1] (empty after dropping)',
    ]);
  });

  it('keeps values, types and the template’s key order', () => {
    const { kept } = split(`
[apim]
gateway_type = "Regular,APK,AWS"
[apim.cache.gateway_token]
expiry_time = 15
enable = true
[service_provider]
sp_name_regex = "^[\\\\sa-zA-Z0-9._-]*$"
`);
    expect(Object.keys(kept)).toEqual(['apim', 'service_provider']);
    expect(Object.keys(kept.apim.cache.gateway_token)).toEqual(['expiry_time', 'enable']);
    expect(kept.apim.cache.gateway_token.expiry_time).toBe(15);
    expect(kept.apim.gateway_type).toBe('Regular,APK,AWS');
    expect(kept.service_provider.sp_name_regex).toBe('^[\\sa-zA-Z0-9._-]*$');
    // Plain JSON: no symbols or prototypes of the TOML parser left.
    expect(Object.getOwnPropertySymbols(kept.apim)).toEqual([]);
  });
});

describe('the release → template table', () => {
  it('has publisher and devportal for 3.x only, control-plane for 4.x only, kinds in order', () => {
    for (const [version, kinds] of Object.entries(RELEASES)) {
      const three = version.startsWith('3.');
      expect(Object.keys(kinds)).toEqual(
        KINDS.filter((k) =>
          three ? k !== 'control-plane' : k !== 'publisher' && k !== 'devportal',
        ),
      );
    }
    expect(RELEASES['4.7.0']['key-manager'][0]).toBe('v4.7.0-acp-rc2');
    expect(RELEASES['4.4.0']['key-manager'][1]).toMatch(/api-key-manager-node\.toml$/);
  });
});

describe.skipIf(!existsSync(MIRROR))('shipped-defaults.json', () => {
  it('is what the mirror’s templates give (node scripts/wso2-baseline/extract-shipped-defaults.mjs)', () => {
    const { doc, missing } = buildDocument();
    expect(missing).toEqual([]);
    expect(readFileSync(OUT, 'utf8')).toBe(render(doc));
  }, 60_000);
});
