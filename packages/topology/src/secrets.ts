/**
 * What could be a secret, by key and by value, whatever the spelling: `password`, `pwd`,
 * `keystorePass`, `API_KEY`, `auth_token`; a URL's user-info, a `password=` parameter, a JWT, a
 * private key. Used to keep credentials out of share links (share.ts).
 */

/** A key's words: `keystorePass` → keystore, pass; `API_KEY` → api, key; `x.auth-token` → x, auth, token. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words that make a key a secret's wherever they stand. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'pw',
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'cred',
  'creds',
  'apikey',
  'auth',
  'authorization',
  'bearer',
  'cookie',
  'jwt',
  'privatekey',
  'salt',
  'hmac',
  'otp',
  'pin',
]);
/** The same, run together with other words (`keystorepass`, `adminpassword`, `dbpwd`). */
const SECRET_PARTS =
  /pass(word|wd|phrase)?$|password|passwd|pwd|secret|token|credential|apikey|privatekey|accesskey|authkey/;
/** Last words of keys whose values are structural, not secret (`token_endpoint`, `password_expiry`). */
const STRUCTURAL_LAST = new Set([
  'url',
  'urls',
  'uri',
  'endpoint',
  'endpoints',
  'host',
  'hostname',
  'port',
  'enable',
  'enabled',
  'type',
  'timeout',
  'interval',
  'expiry',
  'validity',
  'period',
  'length',
  'size',
  'count',
  'mode',
  'header',
  'class',
  'path',
  'algorithm',
  'encoding',
]);

/** A key whose value is a secret: by its words, or a word ending in one (`api_key`, `secretKey`). */
export function isSecretKey(key: string): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last !== undefined && STRUCTURAL_LAST.has(last) && words.length > 1) return false;
  if (last === 'key' && words.length >= 1) return true;
  return words.some((w) => SECRET_WORDS.has(w) || SECRET_PARTS.test(w));
}

/** A table whose every value is a secret's (`[secrets]`, `[credentials]`). */
export function isSecretTable(key: string): boolean {
  return keyWords(key).some((w) =>
    /^(password|passwd|pwd|secrets?|credentials?|privatekey|apikey)$/.test(w),
  );
}

/**
 * Keys of `deployment.toml` whose values configure, not authenticate: names, hosts, ports,
 * switches, sizes. Values under any other key of a node's `extraConfig` are treated as secrets.
 * (Their values are still searched for secrets by shape: a URL may carry a password.)
 */
const HARMLESS = new Set([
  'hostname',
  'host',
  'hosts',
  'port',
  'ports',
  'offset',
  'nodeip',
  'serverrole',
  'type',
  'enable',
  'enabled',
  'name',
  'id',
  'url',
  'urls',
  'serviceurl',
  'endpoint',
  'endpoints',
  'protocol',
  'domain',
  'profile',
  'mode',
  'class',
  'driver',
  'drivername',
  'username',
  'user',
  'role',
  'roles',
  'alias',
  'filename',
  'path',
  'description',
  'label',
  'labels',
  'gatewaylabels',
  'environment',
  'displayinapiconsole',
  'showastokenendpointurl',
  'validationquery',
  'validationinterval',
  'testonborrow',
  'defaultautocommit',
  'maxactive',
  'maxwait',
  'maxidle',
  'minidle',
  'timeout',
  'interval',
  'size',
  'count',
  'membershipscheme',
  'localmemberhost',
  'localmemberport',
  'members',
]);

/** Last words that make a key harmless (`proxyPort`, `token_endpoint`, `display_name`). */
const HARMLESS_LAST = new Set([
  ...STRUCTURAL_LAST,
  'name',
  'id',
  'domain',
  'label',
  'labels',
  'role',
  'roles',
  'user',
  'username',
  'driver',
  'protocol',
  'profile',
  'alias',
  'file',
  'description',
  'scheme',
  'members',
  'offset',
  'origins',
  'methods',
  'headers',
]);

/** A key known to configure, not to authenticate (and not secret by its words). */
export function isHarmlessKey(key: string): boolean {
  if (isSecretKey(key)) return false;
  const words = keyWords(key);
  const last = words[words.length - 1];
  return HARMLESS.has(words.join('')) || (last !== undefined && HARMLESS_LAST.has(last));
}

/** A part of a text that is a secret: where it starts and ends. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
}

const VALUE_PATTERNS: readonly RegExp[] = [
  // scheme://user:password@host: the password.
  /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:(?<s>[^\s/@]+)@/gi,
  // jdbc:oracle:thin:user/password@host: the password.
  /:thin:[^\s/@:]+\/(?<s>[^\s@]+)@/gi,
  // JWTs.
  /(?<s>eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g,
  // A PEM private key.
  /(?<s>-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))/g,
  // Authorization header values.
  /\b(?:Bearer|Basic|Token)\s+(?<s>[A-Za-z0-9._~+/=-]{8,})/g,
  // Well-known token shapes: GitHub, Slack, AWS access keys, Google API keys, GitLab, OpenAI-style.
  /(?<s>\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{20,}))/g,
];
/** `name=value` inside a URL, a JDBC URL or a connection string. */
const PARAMETER = /(?:^|[?&;,\s])([A-Za-z0-9_.-]+)=([^&;,\s"']*)/g;

/** The secret parts of a text: a URL's password, secret-named parameters, tokens, private keys. */
export function secretSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const pattern of VALUE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const s = m.groups?.s;
      if (s === undefined || m.index === undefined) continue;
      const start = m.index + m[0].lastIndexOf(s);
      spans.push({ start, end: start + s.length });
    }
  }
  for (const m of text.matchAll(PARAMETER)) {
    const [whole, name = '', value = ''] = m;
    if (value === '' || m.index === undefined || !isSecretKey(name)) continue;
    const end = m.index + whole.length;
    spans.push({ start: end - value.length, end });
  }
  // Merged, in order.
  spans.sort((a, b) => a.start - b.start);
  const merged: SecretSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

/** A long run of letters and digits of mixed case: a key or a token, not a word or a name. */
export function looksRandom(text: string): boolean {
  return (
    /^[A-Za-z0-9+/=_-]{24,}$/.test(text) &&
    /[a-z]/.test(text) &&
    /[A-Z]/.test(text) &&
    /[0-9]/.test(text)
  );
}
