/** Edges and gateway environments recovered from the URLs in each file. */
import { GATEWAY_TYPES } from '../kinds/environment.js';
import type { TomlTable } from '../toml.js';
import type { Draft } from './nodes.js';
import { resolveUrl, targetId, type Known, type Target } from './resolve.js';
import { boolAt, textAt, textsAt } from '../toml-read.js';
import type { UnmatchedKey } from './types.js';
import { environmentSlots, urlSlots } from './urls.js';

export interface RawEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export type EnvironmentInput = Record<string, string | boolean>;

export interface Connections {
  readonly edges: readonly RawEdge[];
  /** Gateway environment per gateway / all-in-one node id. */
  readonly environments: ReadonlyMap<string, EnvironmentInput>;
}

function environmentFields(env: TomlTable): EnvironmentInput {
  const out: EnvironmentInput = {};
  const name = textAt(env, ['name']);
  if (name !== undefined) out.name = name;
  const type = textAt(env, ['type']);
  if (type !== undefined && (GATEWAY_TYPES as readonly string[]).includes(type)) out.type = type;
  const display = boolAt(env, ['display_in_api_console']);
  if (display !== undefined) out.displayInApiConsole = display;
  const description = textAt(env, ['description']);
  if (description !== undefined) out.description = description;
  const token = boolAt(env, ['show_as_token_endpoint_url']);
  if (token !== undefined) out.showAsTokenEndpointUrl = token;
  return out;
}

export function findConnections(
  known: Known,
  unmatched: UnmatchedKey[],
  notes: string[],
): Connections {
  const edges = new Map<string, RawEdge>();
  const environments = new Map<string, EnvironmentInput>();
  const reached = new Map<string, Target[]>();

  const connect = (from: Draft, t: Target) => {
    const id = targetId(t);
    // A member's URLs to its own balancer are its membership, already an edge.
    if (id === undefined || id === from.id) return;
    if (t.type === 'balancer' && t.balancer.members.includes(from)) return;
    reached.set(from.id, [...(reached.get(from.id) ?? []), t]);
  };
  const miss = (d: Draft, key: string, value: string, why: string) =>
    unmatched.push({ file: d.file.path, key, value, why });
  const setEnvironment = (nodeId: string, env: EnvironmentInput, from: Draft) => {
    const had = environments.get(nodeId) ?? {};
    const clash = Object.entries(env).some(([k, v]) => k in had && had[k] !== v);
    environments.set(nodeId, { ...env, ...had });
    if (clash)
      notes.push(
        `${from.file.path}: gateway environment of ${nodeId} differs from the one read earlier (${JSON.stringify(had.name ?? '')}); the first is used, this file's keys are kept as written.`,
      );
  };

  for (const d of known.drafts) {
    for (const slot of urlSlots(d.file.data)) {
      const t = resolveUrl(slot, d, known);
      if (t.type === 'none') miss(d, slot.key, slot.value, t.why);
      else {
        if (t.type === 'node' && t.note) notes.push(`${d.file.path}: ${t.note}`);
        if (slot.edge) connect(d, t);
      }
    }
    for (const { env, slots } of environmentSlots(d.file.data)) {
      let primary: Target | undefined;
      for (const slot of slots) {
        const t = resolveUrl(slot, d, known);
        if (t.type === 'none') miss(d, slot.key, slot.value, t.why);
        else if (primary && targetId(primary) !== targetId(t))
          miss(
            d,
            slot.key,
            slot.value,
            `the environment's other URLs point at ${targetId(primary) ?? '?'}`,
          );
        else {
          if (t.type === 'node' && t.note) notes.push(`${d.file.path}: ${t.note}`);
          primary ??= t;
        }
      }
      if (!primary) continue;
      const fields = environmentFields(env);
      if (primary.type === 'node') setEnvironment(primary.draft.id, fields, d);
      else if (primary.type === 'balancer')
        for (const m of primary.balancer.members) setEnvironment(m.id, fields, d);
      connect(d, primary);
    }
  }
  for (const d of known.drafts) {
    const label = textsAt(d.file.data, [
      'apim',
      'sync_runtime_artifacts',
      'gateway',
      'gateway_labels',
    ])[0];
    if (label !== undefined && !environments.has(d.id)) environments.set(d.id, { name: label });
  }

  for (const d of known.drafts) {
    const targets = reached.get(d.id) ?? [];
    const direct = new Set(targets.map(targetId));
    // Every member reached directly (binary and AMQP URLs name each member) is the cluster reached.
    for (const b of known.balancers)
      if (
        !b.members.includes(d) &&
        b.members.length > 0 &&
        b.members.every((m) => direct.has(m.id))
      )
        targets.push({ type: 'balancer', balancer: b });
    const viaBalancer = new Set(
      targets.flatMap((t) => (t.type === 'balancer' ? t.balancer.members.map((m) => m.id) : [])),
    );
    for (const t of targets) {
      const id = targetId(t);
      if (id === undefined || viaBalancer.has(id)) continue;
      const pair = [d.id, id].sort().join('\u0000');
      if (!edges.has(pair)) edges.set(pair, { id: `${d.id}--${id}`, source: d.id, target: id });
    }
  }
  return { edges: [...edges.values()], environments };
}
