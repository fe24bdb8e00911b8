/** One database node per database server the files name, holding the databases seen on it. */
import { nodeFolder } from '../bundle-paths.js';
import { DATABASE_ENGINES } from '../kinds/database-engines.js';
import { databaseMeta } from '../kinds/database.meta.js';
import type { DatabaseEngineName } from '../kinds/database.schema.js';
import type { TomlTable } from '../toml.js';
import type { RawEdge } from './connections.js';
import type { Draft } from './nodes.js';
import { uniqueId } from './nodes.js';
import { intAt, tableAt, textAt } from '../toml-read.js';
import type { UnmatchedKey } from './types.js';

type Which = 'apim_db' | 'shared_db';

interface Location {
  readonly engine: DatabaseEngineName;
  readonly host: string;
  readonly port: number;
  readonly name: string;
}

const ENGINES = Object.keys(DATABASE_ENGINES).filter(
  (k): k is DatabaseEngineName => k in DATABASE_ENGINES,
);

/** A host in a JDBC URL: a name, an IPv4 address or a bracketed IPv6 address. */
const HOST = String.raw`(\[[0-9A-Fa-f:.]+\]|[^:/?;\[]+)`;
const URL_PATTERNS: readonly [DatabaseEngineName, RegExp][] = [
  ['mysql', new RegExp(String.raw`^jdbc:mysql://${HOST}(?::(\d+))?/([^?;]+)`, 'i')],
  ['postgresql', new RegExp(String.raw`^jdbc:postgresql://${HOST}(?::(\d+))?/([^?;]+)`, 'i')],
  [
    'mssql',
    new RegExp(String.raw`^jdbc:sqlserver://${HOST}(?::(\d+))?;.*databaseName=([^;]+)`, 'i'),
  ],
  ['oracle', new RegExp(String.raw`^jdbc:oracle:thin:@(?://)?${HOST}(?::(\d+))?[:/]([^?]+)`, 'i')],
  ['db2', new RegExp(String.raw`^jdbc:db2://${HOST}(?::(\d+))?/([^:;?]+)`, 'i')],
  ['h2', new RegExp(String.raw`^jdbc:h2:tcp://${HOST}(?::(\d+))?/(?:~/)?([^;]+)`, 'i')],
];

function engineOf(type: string | undefined): DatabaseEngineName | undefined {
  const t = type?.trim().toLowerCase();
  if (t === 'postgresql') return 'postgresql';
  return ENGINES.find((e) => DATABASE_ENGINES[e].wso2Type === t);
}

/** Where `[database.<which>]` lives, or why it is not a database server we can draw. */
function locate(t: TomlTable): Location | { why: string } {
  const url = textAt(t, ['url']);
  const engine = engineOf(textAt(t, ['type']));
  if (url !== undefined) {
    for (const [e, re] of URL_PATTERNS) {
      const m = re.exec(url);
      if (m?.[1] && m[3])
        return {
          engine: e,
          host: m[1].replace(/^\[|\]$/g, '').toLowerCase(),
          port: Number(m[2] ?? DATABASE_ENGINES[e].defaultPort),
          name: m[3],
        };
    }
    return {
      why:
        engine === 'h2'
          ? 'embedded H2 (no database server)'
          : 'a JDBC URL this importer cannot read',
    };
  }
  if (!engine) return { why: `unknown database type "${textAt(t, ['type']) ?? ''}"` };
  const host = textAt(t, ['hostname'])?.trim().toLowerCase();
  if (!host) return { why: 'no hostname or url' };
  const name = textAt(t, [DATABASE_ENGINES[engine].nameKey]) ?? textAt(t, ['name']);
  if (!name) return { why: 'no database name' };
  return { engine, host, port: intAt(t, ['port']) ?? DATABASE_ENGINES[engine].defaultPort, name };
}

interface Server {
  id: string;
  readonly name: string;
  readonly location: Location;
  readonly explicitPort: boolean;
  readonly username: string | undefined;
  readonly password: string | undefined;
  apimDbName: string | null;
  sharedDbName: string | null;
}

const DB_NAME = /^[A-Za-z_][A-Za-z0-9_$-]*$/;

export function findDatabases(
  drafts: readonly Draft[],
  taken: Set<string>,
  unmatched: UnmatchedKey[],
): { nodes: Record<string, unknown>[]; edges: RawEdge[] } {
  const servers = new Map<string, Server>();
  const edges: RawEdge[] = [];
  for (const d of drafts) {
    for (const which of ['apim_db', 'shared_db'] as const satisfies readonly Which[]) {
      const t = tableAt(d.file.data, ['database', which]);
      if (!t) continue;
      const loc = locate(t);
      if ('why' in loc) {
        if (!loc.why.startsWith('embedded'))
          unmatched.push({
            file: d.file.path,
            key: `database.${which}`,
            value: JSON.stringify(t),
            why: loc.why,
          });
        continue;
      }
      const key = `${loc.engine}\u0000${loc.host}\u0000${loc.port}`;
      let server = servers.get(key);
      if (!server) {
        const hinted = d.file.hints.databaseNames.get(loc.host);
        const wanted = hinted ?? (loc.host.split('.')[0] || 'db');
        server = {
          id: '',
          name: hinted ?? nodeFolder(wanted),
          location: loc,
          explicitPort: t.port !== undefined || t.url !== undefined,
          username: textAt(t, ['username']),
          password: textAt(t, ['password']),
          apimDbName: null,
          sharedDbName: null,
        };
        servers.set(key, server);
      }
      const field = which === 'apim_db' ? 'apimDbName' : 'sharedDbName';
      if (server[field] === null && DB_NAME.test(loc.name)) server[field] = loc.name;
      edges.push({ id: key, source: key, target: d.id });
    }
  }
  for (const s of servers.values()) s.id = uniqueId(taken, nodeFolder(s.name));
  const idOf = (key: string) => servers.get(key)?.id ?? key;
  const seen = new Set<string>();
  const dbEdges = edges.flatMap((e) => {
    const source = idOf(e.source);
    const pair = `${source}\u0000${e.target}`;
    if (seen.has(pair)) return [];
    seen.add(pair);
    return [{ id: `${source}--${e.target}`, source, target: e.target }];
  });
  const nodes = [...servers.values()].map((s) => {
    const node: Record<string, unknown> = {
      id: s.id,
      kind: databaseMeta.kind,
      name: s.name,
      host: s.location.host,
      engine: s.location.engine,
      apimDbName: s.apimDbName,
      sharedDbName: s.sharedDbName,
    };
    if (s.explicitPort) node.port = s.location.port;
    if (s.username) node.username = s.username;
    if (s.password) node.password = s.password;
    return node;
  });
  return { nodes, edges: dbEdges };
}
