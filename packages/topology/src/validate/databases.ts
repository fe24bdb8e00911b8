import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';

import { isLoadBalancer } from '../kinds/guards.js';
import { kindLabel, rolesOfKind } from '../kinds/meta-registry.js';
import type { TopologyModel } from '../model.js';
import type { Role } from '../roles.js';
import type { ApimNode } from '../topology.js';
import { databaseUse, type DatabaseName } from '../versions.js';

const LABEL: Record<DatabaseName, string> = {
  apim_db: 'WSO2AM_DB (apim_db)',
  shared_db: 'WSO2SHARED_DB (shared_db)',
};

/** Whether the node must see the data every other such node sees in this database. */
function needs(model: TopologyModel, node: ApimNode, which: DatabaseName): boolean {
  return databaseUse(which, rolesOfKind(node.kind), model.version) === 'shared';
}

/** What a role's node on its own WSO2AM_DB breaks (versions.ts says which roles read it, and why). */
const UNSHARED: Partial<Record<Role, string>> = {
  publisher: 'the APIs it creates are not seen by the other nodes',
  devportal:
    'the applications and subscriptions made there are unknown to the Key Manager and the gateways',
  'key-manager': 'the keys and tokens it issues are unknown to the other nodes',
  'traffic-manager':
    'the gateways, which read their subscriptions, APIs, block conditions and revoked tokens from it ' +
    '(it is their event hub), get only its own data',
};

function breaks(model: TopologyModel, node: ApimNode, which: DatabaseName): string {
  if (which === 'shared_db') return 'it does not see the users and registry of the other nodes';
  const roles = rolesOfKind(node.kind).filter(
    (r) => model.version.databases.apim_db[r] === 'shared',
  );
  const [only] = roles;
  return roles.length === 1 && only && UNSHARED[only]
    ? UNSHARED[only]
    : 'the APIs, applications and keys it holds are not seen by the other nodes';
}

/**
 * Nodes that must see the same data must use the same database: every role reading WSO2AM_DB
 * shares one (error otherwise: APIs published on one node are invisible to the others), and every
 * node shares WSO2SHARED_DB (users and registry; a warning, since a trial with default credentials
 * still starts).
 */
function checkSharing(
  model: TopologyModel,
  which: DatabaseName,
  code: DiagnosticCode,
): Diagnostic[] {
  const users = model.apimNodes().filter((n) => needs(model, n, which));
  if (users.length < 2) return [];
  const home = (n: ApimNode) => model.databases(n.id, which)[0]?.id ?? `embedded:${n.id}`;
  const counts = new Map<string, number>();
  for (const n of users) counts.set(home(n), (counts.get(home(n)) ?? 0) + 1);
  if (counts.size < 2) return [];
  const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const majorityDb =
    majority && !majority.startsWith('embedded:') ? model.node(majority) : undefined;
  const roles = [...new Set(users.map((n) => kindLabel(n.kind)))].join(', ');
  const out: Diagnostic[] = [];
  for (const n of users) {
    const h = home(n);
    if (majorityDb && h === majority) continue;
    // A node on its own embedded H2 already gets 'embedded-database', which says it shares nothing;
    // only the error for WSO2AM_DB repeats it, since that one stops rendering.
    if (h.startsWith('embedded:') && code === 'shared-db-not-shared') continue;
    const where = h.startsWith('embedded:')
      ? 'its own embedded H2 database'
      : `${model.node(h)?.name ?? h}`;
    const fix = majorityDb
      ? `Wire ${n.name} to ${majorityDb.name} instead.`
      : `Wire all of them (${roles}) to one database node that holds ${LABEL[which]}.`;
    out.push(
      diagnostic(
        code,
        `${n.name} uses ${LABEL[which]} on ${where}, not the one the other nodes share: ${breaks(model, n, which)}. ${fix}`,
        { nodeId: n.id, path: ['nodes', model.indexOf(n.id)] },
      ),
    );
  }
  return out;
}

export function checkDatabases(model: TopologyModel): Diagnostic[] {
  const out: Diagnostic[] = [
    ...checkSharing(model, 'apim_db', 'apim-db-not-shared'),
    ...checkSharing(model, 'shared_db', 'shared-db-not-shared'),
  ];
  for (const node of model.apimNodes()) {
    const where = { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] };
    const missing: string[] = [];
    for (const which of ['apim_db', 'shared_db'] as const) {
      // A role that reads a database without sharing it (versions.ts: 'own') may still be wired to two.
      const use = databaseUse(which, rolesOfKind(node.kind), model.version);
      if (use === undefined) continue;
      const dbs = model.databases(node.id, which);
      if (dbs.length === 0 && use === 'shared') missing.push(LABEL[which]);
      if (dbs.length > 1) {
        out.push(
          diagnostic(
            'ambiguous-database',
            `${node.name} is wired to ${dbs.map((d) => d.name).join(' and ')}, which both hold ${LABEL[which]}. ` +
              `Keep one connection, or set the other server's ${which === 'apim_db' ? 'apimDbName' : 'sharedDbName'} to none.`,
            where,
          ),
        );
      }
    }
    if (missing.length > 0) {
      out.push(
        diagnostic(
          'embedded-database',
          `${node.name} is wired to no database holding ${missing.join(' and ')}, so it falls back to the embedded H2 ` +
            `database: fine for a trial, lost with the node and not shared. Connect it to a database node.`,
          where,
        ),
      );
    }
  }
  for (const node of model.nodes) {
    if (!isLoadBalancer(node)) continue;
    const cluster = model.clusterBehind(node.id);
    if (cluster && cluster.members.length > 0) continue;
    out.push(
      diagnostic(
        'load-balancer-without-members',
        `Load balancer ${node.name} fronts ${kindLabel(node.fronts)} nodes but none is connected to it. ` +
          `Connect the ${kindLabel(node.fronts)} nodes it balances.`,
        { nodeId: node.id, path: ['nodes', model.indexOf(node.id)] },
      ),
    );
  }
  return out;
}
