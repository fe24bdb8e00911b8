/**
 * One difference as the report says it: its type, how serious it is, its values (credentials
 * hidden) and what it breaks. The design's keys are of two origins: what the topology decides (the
 * kind's generator and the node's kept `extraConfig`) and WSO2's shipped defaults the design copies.
 */
import { isPlaceholder } from '../fields.js';
import type { TopologyModel } from '../model.js';
import type { TomlValue } from '../toml.js';
import { isTable } from '../toml-read.js';
import { tomlText, type RawDifference } from './compare.js';
import { breaks, edgesOf, isKnownKey } from './explain.js';
import type { DriftFinding, DriftSeverity, DriftType } from './types.js';

/** Leaf paths (without selectors) the design writes for a node, by origin. */
export interface DesignKeys {
  /** Every key of the node's rendered file. */
  readonly all: ReadonlySet<string>;
  /** Keys only WSO2's shipped defaults put there (the topology does not decide them). */
  readonly shippedOnly: ReadonlySet<string>;
}

const SECRET = /(^|_)(password|passwd|pwd|secret|token)$/i;
const ACCOUNT = /(^|_)(username|user)$/i;

function lastSegment(norm: string): string {
  return norm.slice(Math.max(norm.lastIndexOf('.'), norm.lastIndexOf('/')) + 1);
}

function isSecretKey(norm: string): boolean {
  // `[secrets]` holds what the cipher tool encrypts in place: never the design's text once deployed.
  return SECRET.test(lastSegment(norm)) || norm === 'encryption.key' || norm.startsWith('secrets.');
}

/** A credential's value is never shown, unless it is a placeholder (`$env{…}`, `$ref{…}`). */
function masked(norm: string, value: TomlValue): TomlValue {
  if (typeof value === 'string')
    return isSecretKey(norm) && !isPlaceholder(value) ? '(hidden)' : value;
  if (Array.isArray(value)) return value.map((v) => masked(norm, v));
  if (isTable(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, masked(`${norm}.${k}`, v)]),
    );
  return isSecretKey(norm) ? '(hidden)' : value;
}

export function shown(norm: string, value: TomlValue | undefined): string | undefined {
  return value === undefined ? undefined : tomlText(masked(norm, value));
}

function under(keys: ReadonlySet<string>, norm: string): string[] {
  return [...keys].filter(
    (k) => k === norm || k.startsWith(`${norm}.`) || k.startsWith(`${norm}/`),
  );
}

function severityOf(type: DriftType, norm: string, keys: DesignKeys): DriftSeverity {
  if (type === 'not-in-design') return 'info';
  if (isSecretKey(norm) || ACCOUNT.test(lastSegment(norm))) return 'warning';
  const written = under(keys.all, norm);
  if (written.length > 0 && written.every((k) => keys.shippedOnly.has(k))) return 'warning';
  return 'error';
}

export function classify(
  model: TopologyModel,
  nodeId: string,
  diff: RawDifference,
  keys: DesignKeys,
): DriftFinding {
  const { norm, key } = diff.at;
  const modeled = under(keys.all, norm).length > 0 || isKnownKey(norm);
  const type: DriftType =
    diff.design === undefined
      ? modeled
        ? 'extra'
        : 'not-in-design'
      : diff.live === undefined
        ? 'missing'
        : 'changed';
  const severity = severityOf(type, norm, keys);
  const explained = severity === 'info' ? undefined : breaks(model, norm, diff.design, diff.live);
  const design = shown(norm, diff.design);
  const live = shown(norm, diff.live);
  return {
    type,
    severity,
    key,
    ...(design === undefined ? {} : { design }),
    ...(live === undefined ? {} : { live }),
    ...(explained === undefined ? {} : { breaks: explained }),
    edges: severity === 'info' ? [] : edgesOf(model, nodeId, norm, diff.design, diff.live),
  };
}
