import { describe, expect, it } from 'vitest';
import { isHarmlessKey, isSecretKey, isSecretTable, keyWords, secretSpans } from './secrets.js';

describe('secrets by key', () => {
  it('splits keys into words whatever the spelling', () => {
    expect(keyWords('keystorePass')).toEqual(['keystore', 'pass']);
    expect(keyWords('API_KEY')).toEqual(['api', 'key']);
    expect(keyWords('x.auth-token')).toEqual(['x', 'auth', 'token']);
    expect(keyWords('trustStorePassword')).toEqual(['trust', 'store', 'password']);
  });

  it.each([
    'password',
    'pwd',
    'passwd',
    'pass',
    'token',
    'api_key',
    'apiKey',
    'keystore_pass',
    'keystorePass',
    'auth_token',
    'client_secret',
    'adminpassword',
    'PRIVATE_KEY',
    'key',
  ])('%s is a secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each([
    'hostname',
    'proxyPort',
    'token_endpoint',
    'password_expiry',
    'showAsTokenEndpointUrl',
    'key_manager',
  ])('%s is not a secret', (key) => expect(isSecretKey(key)).toBe(false));

  it('knows harmless keys, and a secret table', () => {
    expect(
      ['hostname', 'proxyPort', 'service_url', 'enable', 'display_name', 'username'].every(
        isHarmlessKey,
      ),
    ).toBe(true);
    expect(['password', 'mystery', 'value', 'token'].some(isHarmlessKey)).toBe(false);
    expect(isSecretTable('secrets')).toBe(true);
    expect(isSecretTable('apim')).toBe(false);
  });
});

describe('secrets by shape', () => {
  const found = (text: string) => secretSpans(text).map((s) => text.slice(s.start, s.end));

  it('finds passwords in URLs and connection strings, and tokens', () => {
    expect(found('https://admin:hunter2@host/x')).toEqual(['hunter2']);
    expect(found('jdbc:mysql://db:3306/x?user=u&password=p1&useSSL=false')).toEqual(['p1']);
    expect(found('jdbc:sqlserver://db:1433;databaseName=x;password=p2')).toEqual(['p2']);
    expect(found('jdbc:oracle:thin:scott/tiger@db:1521/orcl')).toEqual(['tiger']);
    expect(found('https://h/x?access_token=abc&page=2')).toEqual(['abc']);
    expect(found('Authorization: Bearer abcdefgh12345')).toEqual(['abcdefgh12345']);
    expect(found('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln')).toHaveLength(1);
    expect(found('ghp_abcdefghijklmnopqrstuvwxyz0123')).toHaveLength(1);
  });

  it('leaves what carries no secret', () => {
    expect(found('https://km.wso2.com:9443/services/')).toEqual([]);
    expect(found('jdbc:mysql://db:3306/x?useSSL=false&user=wso2')).toEqual([]);
    expect(found('Production and Sandbox')).toEqual([]);
  });
});
