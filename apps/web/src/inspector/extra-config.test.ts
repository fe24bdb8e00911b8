import { parseToml } from '@apim-designer/topology';
import { describe, expect, it } from 'vitest';
import { extraConfigKeys, extraConfigText } from './extra-config.js';

const EXTRA = {
  user_store: { type: 'database_unique_id' },
  apim: { oauth_config: { revoke_endpoint: 'https://km.wso2.com:9443/oauth2/revoke' } },
};

describe('extraConfig view', () => {
  it('writes the kept keys as TOML that reads back to the same data', () => {
    const text = extraConfigText(EXTRA);
    expect(text).toContain('[user_store]');
    expect(text).toContain('[apim.oauth_config]');
    expect(parseToml(text)).toEqual(EXTRA);
  });

  it('lists the leaves as dotted keys', () => {
    expect(extraConfigKeys(EXTRA)).toEqual([
      'user_store.type',
      'apim.oauth_config.revoke_endpoint',
    ]);
  });
});
