/** WSO2's key inventory per release (fixtures/wso2-keys.json) and the check of a bundle against it. */
import {
  APIM_VERSIONS,
  NODE_KINDS,
  apimKind,
  isApimNode,
  nodeFolder,
  parseToml,
  render,
  shippedDefaults,
  versionFacts,
  type ApimVersion,
  type Node,
  type Topology,
  type TomlTable,
} from '../src/index.js';
import { readFixture } from './helpers.js';

export const inventory = JSON.parse(readFixture('wso2-keys.json')) as Record<
  string,
  Record<string, string>
> & {
  '3.2.0_wum_updates': string[];
  /** 4.5+: per version and component distribution, the keys of the all-in-one's inventory it does not read. */
  _not_read_by_distribution: Record<string, Record<string, string[]>>;
};

/**
 * Keys the documents prescribe that the inventory of that version does not hold.
 * (`[[event_listener]]` and its free-form properties are in the inventory only because the reference
 * added them by hand: the identity framework's identity.xml.j2 reads them, not the API-M templates.)
 */
const EXCEPTIONS: Record<string, { keys: readonly string[]; why: string }> = {
  '3.2.0': {
    // A 3.2.0 node reads these only with WSO2 updates (carbon-apimgt 6.7.206.x); GA ignores them. The
    // bundle README says so, and settings.cacheInvalidation turns the block off.
    keys: inventory['3.2.0_wum_updates'].filter((k) => k.startsWith('apim.cache_invalidation.')),
    why: '3.2.0 with updates',
  },
};

/** `a.b[].c` paths of every leaf; free-form tables are checked at their own path. */
function keyPaths(table: TomlTable, prefix = '', out: string[] = []): string[] {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && !Array.isArray(v))) {
      for (const v of value) keyPaths(v as TomlTable, `${path}[]`, out);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      keyPaths(value, path, out);
    } else {
      out.push(path);
    }
  }
  return [...new Set(out)];
}

/**
 * Keys WSO2's own templates write (src/releases/shipped-defaults.json): read by the product even where
 * the inventory's 15 sections do not reach (`[[event_handler]]`, `[service_provider]`, `oauth.*` are
 * read by identity templates outside the repositories the inventory is extracted from).
 */
const SHIPPED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  APIM_VERSIONS.map((v) => [
    v,
    new Set(
      NODE_KINDS.flatMap((k) => {
        const d = shippedDefaults(v, k);
        return d ? keyPaths(d) : [];
      }),
    ),
  ]),
);

export function known(version: string, path: string): boolean {
  const keys = inventory[version] ?? {};
  if (keys[path] || EXCEPTIONS[version]?.keys.includes(path)) return true;
  if (SHIPPED.get(version)?.has(path)) return true;
  // A member of a free-form table (`transport.https.properties.proxyPort`).
  const segments = path.split('.');
  for (let i = segments.length - 1; i > 0; i--) {
    if (keys[segments.slice(0, i).join('.')] === 'table(free-form keys)') return true;
  }
  return false;
}

/** The distribution (4.5+: `wso2am-tm`, …) a node runs, when it is not the all-in-one pack. */
function componentPack(version: ApimVersion, node: Node | undefined): string | undefined {
  if (!node || !isApimNode(node)) return undefined;
  const facts = versionFacts(version);
  if (!facts.componentDistributions) return undefined;
  const pack = facts.distributions[apimKind(node.kind).distribution].pack;
  return pack === facts.distributions['all-in-one'].pack ? undefined : pack;
}

/**
 * Keys of the bundle's deployment.toml files that the release does not read: not in its inventory,
 * or (4.5+) not read by the component distribution the node runs (`_not_read_by_distribution`).
 */
export function unknownKeys(topology: Topology): string[] {
  const result = render(topology);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const unknown: string[] = [];
  const byFolder = new Map(topology.nodes.map((n) => [nodeFolder(n.name), n]));
  for (const f of result.files.filter((f) => f.path.endsWith('.toml'))) {
    const pack = componentPack(topology.apimVersion, byFolder.get(f.path.split('/')[0] ?? ''));
    const unread = new Set(
      pack ? (inventory._not_read_by_distribution[topology.apimVersion]?.[pack] ?? []) : [],
    );
    for (const path of keyPaths(parseToml(f.contents))) {
      if (!known(topology.apimVersion, path)) unknown.push(`${f.path}: ${path}`);
      else if (unread.has(path)) unknown.push(`${f.path}: ${path} (not read by ${pack})`);
    }
  }
  return unknown;
}
