/**
 * Diagnostics grouped by the cause they share, each group with the fixes that are obvious from the
 * document: one missing database is one group ("5 nodes are wired to no database") with one fix
 * ("connect every node that needs a database to db"), not four errors and five warnings with the
 * same advice. Fixes are plain data (what to connect, add or set, or which setting to open); the
 * designer applies each as one undoable step.
 */
import { checkConnection } from './connections.js';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
import { databaseMeta } from './kinds/database.meta.js';
import { isApimNode, isDatabase, isLoadBalancer } from './kinds/guards.js';
import type { NodeKind } from './kinds/kind-names.js';
import { KIND_META, rolesOfKind } from './kinds/meta-registry.js';
import { SEPARATE_STORES } from './certs/stores.js';
import { isPlaceholder } from './fields.js';
import type { Node, Topology } from './topology.js';
import { ROLE_LABELS, type Role } from './roles.js';

export type QuickFix =
  | {
      readonly type: 'connect';
      readonly label: string;
      readonly pairs: readonly (readonly [string, string])[];
    }
  | {
      readonly type: 'add-node';
      readonly label: string;
      readonly kind: NodeKind;
      /** The nodes to connect the new node to. */
      readonly connect: readonly string[];
    }
  | {
      readonly type: 'set';
      readonly label: string;
      readonly path: readonly (string | number)[];
      /** A text, or a whole object (the settings) replacing the one at `path`. */
      readonly value: string | Readonly<Record<string, unknown>>;
    }
  | {
      readonly type: 'settings';
      readonly label: string;
      readonly path: readonly (string | number)[];
    };

export interface DiagnosticGroup {
  /** Stable within a document: the cause. */
  readonly key: string;
  readonly severity: Severity;
  /** What the members share, in words; null for a group of one (its message says it). */
  readonly title: string | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly fixes: readonly QuickFix[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The codes that all mean "this node has no shared database". */
const DATABASE_CAUSE: ReadonlySet<DiagnosticCode> = new Set([
  'apim-db-not-shared',
  'shared-db-not-shared',
  'embedded-database',
]);

/** What each "reaches no …" code asks for. */
const NEEDED_ROLE: Partial<Record<DiagnosticCode, Role>> = {
  'missing-key-manager': 'key-manager',
  'missing-traffic-manager': 'traffic-manager',
  'missing-gateway': 'gateway',
  'missing-control-plane': 'event-hub',
  'missing-devportal': 'devportal',
};

function names(ids: readonly string[], t: Topology): string {
  const list = ids.map((id) => t.nodes.find((n) => n.id === id)?.name ?? id);
  return list.length <= 6
    ? list.join(', ')
    : `${list.slice(0, 5).join(', ')} and ${list.length - 5} more`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function connectable(t: Topology, a: string, b: string): boolean {
  const na = t.nodes.find((n) => n.id === a);
  const nb = t.nodes.find((n) => n.id === b);
  if (!na || !nb || !checkConnection(na, nb).ok) return false;
  return !t.edges.some(
    (e) => (e.source === a && e.target === b) || (e.source === b && e.target === a),
  );
}

/** Where a node would get `role` from: a load balancer fronting it, else the one node that has it. */
function provider(t: Topology, role: Role): Node | undefined {
  const fronting = t.nodes.filter((n) => isLoadBalancer(n) && rolesOfKind(n.fronts).includes(role));
  if (fronting.length === 1) return fronting[0];
  const having = t.nodes.filter((n) => isApimNode(n) && rolesOfKind(n.kind).includes(role));
  return having.length === 1 ? having[0] : undefined;
}

/** A plain-text credential's placeholder: an environment variable named after where it is. */
function envPlaceholder(path: readonly (string | number)[], t: Topology): string {
  const node = path[0] === 'nodes' && typeof path[1] === 'number' ? t.nodes[path[1]] : undefined;
  const parts = node
    ? ['DB', node.id, String(path[path.length - 1])]
    : ['APIM', ...path.slice(1).map(String)];
  const name = parts
    .join('_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `$env{${name}}`;
}

/**
 * The settings with the TLS keystore apart from one shared primary keystore (tls.jks, primary.jks),
 * every store password a `$secret{}` placeholder unless it already is one: what certs/make-certs.sh
 * makes for a topology on several hosts.
 */
function separateKeystores(t: Topology): Topology['settings'] {
  const { keystore, truststore } = t.settings;
  const stores = SEPARATE_STORES;
  const keep = (value: string, placeholder: string) => (isPlaceholder(value) ? value : placeholder);
  const tls = keystore.fileName === 'wso2carbon.jks' ? stores.keystore.fileName : keystore.fileName;
  return {
    ...t.settings,
    keystore: {
      ...keystore,
      fileName: tls,
      password: keep(keystore.password, stores.keystore.password),
      keyPassword: keep(keystore.keyPassword, stores.keystore.keyPassword),
    },
    primaryKeystore: {
      ...stores.primaryKeystore,
      fileName:
        tls === stores.primaryKeystore.fileName ? 'signing.jks' : stores.primaryKeystore.fileName,
      type: keystore.type,
    },
    truststore: { ...truststore, password: keep(truststore.password, stores.truststore.password) },
  };
}

function single(d: Diagnostic, t: Topology): DiagnosticGroup {
  const fixes: QuickFix[] = [];
  const path = d.path ?? [];
  if (d.code === 'plaintext-password' || d.code === 'default-admin-credentials')
    fixes.push({
      type: 'set',
      label: 'Replace with a placeholder',
      path,
      value: envPlaceholder(path, t),
    });
  if (d.code === 'shared-tls-keystore')
    fixes.push({
      type: 'set',
      label: 'Use a TLS keystore per node and one primary keystore',
      path: ['settings'],
      value: separateKeystores(t),
    });
  if (d.nodeId === undefined && d.edgeId === undefined && path[0] === 'settings')
    fixes.push({ type: 'settings', label: 'Open Settings', path });
  const role = NEEDED_ROLE[d.code];
  const from = d.nodeId;
  const to = role ? provider(t, role) : undefined;
  if (role && from !== undefined && to && connectable(t, from, to.id))
    fixes.push({ type: 'connect', label: `Connect to ${to.name}`, pairs: [[from, to.id]] });
  return {
    key: `${d.code}:${d.nodeId ?? ''}:${path.join('.')}`,
    severity: d.severity,
    title: null,
    diagnostics: [d],
    fixes,
  };
}

export function groupDiagnostics(t: Topology, list: readonly Diagnostic[]): DiagnosticGroup[] {
  const groups: DiagnosticGroup[] = [];
  const used = new Set<Diagnostic>();

  // No shared database: one cause, however many nodes and codes it shows up as.
  const noDb = list.filter((d) => DATABASE_CAUSE.has(d.code) && d.nodeId !== undefined);
  if (noDb.length > 1) {
    const ids = [...new Set(noDb.flatMap((d) => (d.nodeId === undefined ? [] : [d.nodeId])))];
    const dbs = t.nodes.filter(isDatabase);
    // A database nobody uses is the same story.
    const idle = list.filter(
      (d) => d.code === 'unused-node' && dbs.some((db) => db.id === d.nodeId),
    );
    const members = [...noDb, ...idle];
    for (const d of members) used.add(d);
    const fixes: QuickFix[] = [];
    const db = dbs.length === 1 ? dbs[0] : undefined;
    if (db) {
      const pairs = ids
        .filter((id) => connectable(t, id, db.id))
        .map((id): [string, string] => [id, db.id]);
      if (pairs.length > 0)
        fixes.push({
          type: 'connect',
          label: `Connect every node that needs a database to ${db.name}`,
          pairs,
        });
    } else if (dbs.length === 0)
      fixes.push({
        type: 'add-node',
        label: `Add a ${KIND_META[databaseMeta.kind].label.toLowerCase()} and connect every node that needs one`,
        kind: databaseMeta.kind,
        connect: ids,
      });
    groups.push({
      key: 'no-shared-database',
      severity: members.some((d) => d.severity === 'error') ? 'error' : 'warning',
      title:
        `${plural(ids.length, 'node')} use${ids.length === 1 ? 's' : ''} no shared database (${names(ids, t)}): ` +
        'each falls back to its own embedded H2, so they do not share APIs, keys or subscriptions. ' +
        'Wire every API-M node to one database that holds WSO2AM_DB and WSO2SHARED_DB.',
      diagnostics: members,
      fixes,
    });
  }

  // Several nodes missing the same role: one group, one fix when the provider is obvious.
  const byCode = new Map<DiagnosticCode, Diagnostic[]>();
  for (const d of list)
    if (!used.has(d) && NEEDED_ROLE[d.code] !== undefined && d.nodeId !== undefined)
      byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  for (const [code, members] of byCode) {
    if (members.length < 2) continue;
    const role = NEEDED_ROLE[code];
    if (!role) continue;
    for (const d of members) used.add(d);
    const ids = members.flatMap((d) => (d.nodeId === undefined ? [] : [d.nodeId]));
    const to = provider(t, role);
    const pairs = to
      ? ids.filter((id) => connectable(t, id, to.id)).map((id): [string, string] => [id, to.id])
      : [];
    groups.push({
      key: code,
      severity: members[0]?.severity ?? 'error',
      title: `${plural(ids.length, 'node')} reach${ids.length === 1 ? 'es' : ''} no ${ROLE_LABELS[role]} (${names(ids, t)}).`,
      diagnostics: members,
      fixes:
        to && pairs.length > 0
          ? [{ type: 'connect', label: `Connect them to ${to.name}`, pairs }]
          : [],
    });
  }

  for (const d of list) if (!used.has(d)) groups.push(single(d, t));
  return groups.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
