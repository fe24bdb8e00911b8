/** Values in a compose file: `$` is compose's interpolation, so a literal one is written `$$`. */
import { credentialSource, secretVariable } from '../credentials.js';

/** A literal string, as compose reads it back. */
export function literal(text: string): string {
  return text.replace(/\$/g, '$$$$');
}

/** The compose variable for a name of the design (compose takes letters, digits and `_` only). */
export function variableName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(safe) ? `_${safe}` : safe;
}

/** `${NAME}` from the shell or `.env` where compose runs; refused by compose when unset. */
export function variable(name: string): string {
  const v = variableName(name);
  return `\${${v}:?set ${v}: see README.md}`;
}

/**
 * A credential of the design for a container that needs its plain value (a database, Redis): a
 * literal as it is, `$env{NAME}` from NAME, `$secret{alias}` from WSO2_SECRET_<ALIAS>.
 */
export function plainValue(value: string): string {
  const source = credentialSource(value);
  if (source.type === 'env') return variable(source.name);
  if (source.type === 'secret') return variable(secretVariable(source.alias));
  return literal(source.value);
}
