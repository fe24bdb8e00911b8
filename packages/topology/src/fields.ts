/**
 * Field schemas shared by the node kinds. Structural limits live here (a document that breaks them
 * does not parse); semantic checks (a host that is not a host name, an empty name) are diagnostics,
 * so the canvas can hold a half-typed value and still show everything else that is wrong.
 */
import { z } from 'zod';
import { MAX_OFFSET } from './ports.js';
import type { TomlValue } from './toml.js';

export const LIMITS = {
  idLength: 128,
  nameLength: 128,
  hostLength: 253,
  textLength: 1024,
  secretLength: 1024,
  topologyNameLength: 200,
  nodes: 5000,
  edges: 20000,
  /** `extraConfig`: nesting depth and size of the JSON it holds. */
  extraConfigDepth: 8,
  extraConfigBytes: 65536,
} as const;

export const NodeId = z.string().min(1, 'an id cannot be empty').max(LIMITS.idLength);
export const NodeName = z.string().max(LIMITS.nameLength);
export const Host = z.string().max(LIMITS.hostLength);
export const Text = z.string().max(LIMITS.textLength);
/**
 * A credential. May be a WSO2 placeholder (`$env{VAR}`, `$secret{alias}`, `$sys{prop}`,
 * `$ref{key}`), which is written as is; any other value is written as a plain string.
 */
export const Secret = z.string().max(LIMITS.secretLength);
export const Offset = z.number().int().min(0).max(MAX_OFFSET);
export const Position = z.strictObject({ x: z.number(), y: z.number() });

/** Fields every node has. */
export const nodeBaseShape = {
  id: NodeId,
  name: NodeName,
  host: Host,
  position: Position.optional(),
};

const TOML_STRING_MAX = LIMITS.textLength * 8;
const TOML_ARRAY_MAX = 256;

interface ValueProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * The first part of a kept value that is no TOML value within the limits, or null. `level` is how
 * deep a table or an array found here would be (extraConfig itself is level 1); past
 * LIMITS.extraConfigDepth the value is refused without looking inside, so no nesting exhausts the stack.
 * (A hand-written walk rather than a recursive zod schema: a schema with a reference cycle cannot be
 * compiled with `z.compile`, which the API uses to check documents.)
 */
function tomlValueProblem(
  value: unknown,
  path: (string | number)[],
  level: number,
): ValueProblem | null {
  switch (typeof value) {
    case 'string':
      return value.length <= TOML_STRING_MAX
        ? null
        : { path, message: `a text longer than ${TOML_STRING_MAX} characters` };
    case 'number':
      return Number.isFinite(value) ? null : { path, message: 'a number that is not finite' };
    case 'boolean':
      return null;
  }
  if (value === null || typeof value !== 'object') {
    return {
      path,
      message: `${value === null ? 'null' : typeof value}: expected a text, number, boolean, array or table`,
    };
  }
  if (level > LIMITS.extraConfigDepth) {
    return { path, message: `nested deeper than ${LIMITS.extraConfigDepth} levels` };
  }
  if (Array.isArray(value)) {
    if (value.length > TOML_ARRAY_MAX) {
      return { path, message: `an array of more than ${TOML_ARRAY_MAX} values` };
    }
    for (let i = 0; i < value.length; i++) {
      const problem = tomlValueProblem(value[i], [...path, i], level + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.length > LIMITS.nameLength) {
      return { path: [...path, key], message: `a key longer than ${LIMITS.nameLength} characters` };
    }
    const problem = tomlValueProblem(item, [...path, key], level + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * `deployment.toml` keys the model does not cover, kept verbatim from an imported file (nested
 * tables) and written back over what the node generates. Values are the user's own: placeholders stay.
 */
export const ExtraConfig = z
  .record(z.string().max(LIMITS.nameLength), z.custom<TomlValue>())
  .superRefine((table, ctx) => {
    for (const [key, value] of Object.entries(table)) {
      const problem = tomlValueProblem(value, [key], 2);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
        return;
      }
    }
    if (JSON.stringify(table).length > LIMITS.extraConfigBytes) {
      ctx.addIssue({ code: 'custom', message: `larger than ${LIMITS.extraConfigBytes} bytes` });
    }
  });

/** Fields every API-M node has (it gets a `deployment.toml`). */
export const apimNodeBaseShape = {
  ...nodeBaseShape,
  offset: Offset.default(0),
  extraConfig: ExtraConfig.optional(),
};

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(host: string): boolean {
  return IPV4.test(host);
}

export function isIpv6(host: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(host) || !host.includes(':')) return false;
  const parts = host.split('::');
  if (parts.length > 2) return false;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(parts[0] ?? '');
  const tail = parts.length === 2 ? groups(parts[1] ?? '') : [];
  const all = [...head, ...tail];
  let count = 0;
  for (const [i, g] of all.entries()) {
    if (i === all.length - 1 && g.includes('.')) {
      if (!isIpv4(g)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) {
      count += 1;
    } else {
      return false;
    }
  }
  return parts.length === 2 ? count < 8 : count === 8;
}

/** A DNS host name (RFC 1123) or an IPv4 / IPv6 address; nothing else. */
/** Dot-separated RFC 1123 labels: the common case, checked in one pass. */
const HOST_NAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ALL_NUMERIC = /^[\d.]+$/;

export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > LIMITS.hostLength) return false;
  // A name with a letter or a hyphen somewhere is no IP address: one regex decides.
  if (HOST_NAME.test(host) && !ALL_NUMERIC.test(host)) return true;
  if (isIpv4(host) || isIpv6(host)) return true;
  const labels = host.split('.');
  // All-numeric names look like a mistyped IPv4 address; no real host name is one.
  if (labels.every((l) => /^\d+$/.test(l))) return false;
  return labels.every((l) => LABEL.test(l));
}

/** The host as it goes into a URL: IPv6 addresses in brackets. */
export function urlHost(host: string): string {
  return isIpv6(host) ? `[${host}]` : host;
}

const PLACEHOLDER = /^\$(env|secret|sys|ref)\{[A-Za-z0-9_.-]+\}$/;

/** True when a credential is a WSO2 placeholder rather than the secret itself. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** The `$secret{alias}` aliases a value refers to (they need a `[secrets]` entry). */
export function secretAlias(value: string): string | null {
  if (!value.startsWith('$secret{')) return null;
  const m = /^\$secret\{([A-Za-z0-9_.-]+)\}$/.exec(value);
  return m?.[1] ?? null;
}

/**
 * Sequences that WSO2 would expand in a value (`$ref{`, `$env{`, `$sys{`, `$secret{` by the config
 * mapper; `${` by Carbon at runtime). A free-text field containing one would not stay one literal value.
 */
export function containsPlaceholderSyntax(text: string): boolean {
  return /\$(?:ref|env|sys|secret)?\{/.test(text);
}
