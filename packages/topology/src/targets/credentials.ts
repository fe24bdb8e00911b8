/**
 * How a target passes on a value of the design that may be a WSO2 placeholder: a literal, `$env{NAME}`
 * (read from the environment where the node runs) or `$secret{alias}` (the cipher tool's secrets).
 */

export type CredentialSource =
  | { readonly type: 'literal'; readonly value: string }
  | { readonly type: 'env'; readonly name: string }
  | { readonly type: 'secret'; readonly alias: string };

export function credentialSource(value: string): CredentialSource {
  const env = /^\$env\{([A-Za-z0-9_.-]+)\}$/.exec(value);
  if (env?.[1]) return { type: 'env', name: env[1] };
  const secret = /^\$secret\{([A-Za-z0-9_.-]+)\}$/.exec(value);
  if (secret?.[1]) return { type: 'secret', alias: secret[1] };
  return { type: 'literal', value };
}

/** An environment variable name for a secret's plain value: `WSO2_SECRET_<ALIAS>`. */
export function secretVariable(alias: string): string {
  return `WSO2_SECRET_${alias.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}

/** The placeholders in a configuration's values (not its comments): `$env{NAME}` names and `$secret{alias}` aliases. */
export function placeholders(value: unknown): { env: string[]; secrets: string[] } {
  const env = new Set<string>();
  const secrets = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(/\$env\{([A-Za-z0-9_.-]+)\}/g)) if (m[1]) env.add(m[1]);
      for (const m of v.matchAll(/\$secret\{([A-Za-z0-9_.-]+)\}/g)) if (m[1]) secrets.add(m[1]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return { env: [...env].sort(), secrets: [...secrets].sort() };
}
