/** Settings every node shares, and the API-M version, from what most files say. */
import { apimMeta, isDedicatedTo, kindAvailable, type ApimKind } from '../kinds/meta-registry.js';
import { apimKind } from '../kinds/registry.js';
import { USER_STORE_TYPES } from '../topology.js';
import {
  APIM_VERSIONS,
  IMPORT_ASSUMPTIONS,
  VERSIONS,
  isApimVersion,
  type ApimVersion,
} from '../versions.js';
import type { Draft } from './nodes.js';
import { mostCommon, tableAt, tablesAt, textAt, valueAt } from '../toml-read.js';

type Fields = Record<string, string>;

function common(
  drafts: readonly Draft[],
  path: readonly string[],
  keys: Record<string, string>,
): Fields {
  const out: Fields = {};
  for (const [field, key] of Object.entries(keys)) {
    const v = mostCommon(
      drafts.flatMap((d) => {
        const t = textAt(d.file.data, [...path, key]);
        return t === undefined || t === '' ? [] : [t];
      }),
    );
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** `[keystore.primary]`, when the files name one (else the TLS keystore is also the primary). */
function primaryKeystore(drafts: readonly Draft[]): Record<string, unknown> {
  const primary = common(drafts, ['keystore', 'primary'], {
    fileName: 'file_name',
    type: 'type',
    password: 'password',
    alias: 'alias',
    keyPassword: 'key_password',
  });
  if (primary.password === undefined || primary.keyPassword === undefined) return {};
  return { primaryKeystore: primary };
}

export function findSettings(drafts: readonly Draft[], version: string): Record<string, unknown> {
  const settings: Record<string, unknown> = {
    superAdmin: common(drafts, ['super_admin'], { username: 'username', password: 'password' }),
    keystore: common(drafts, ['keystore', 'tls'], {
      fileName: 'file_name',
      type: 'type',
      password: 'password',
      alias: 'alias',
      keyPassword: 'key_password',
    }),
    ...primaryKeystore(drafts),
    truststore: common(drafts, ['truststore'], {
      fileName: 'file_name',
      type: 'type',
      password: 'password',
    }),
  };
  const store = mostCommon(
    drafts.flatMap((d) => {
      const t = textAt(d.file.data, ['user_store', 'type']);
      return t !== undefined && (USER_STORE_TYPES as readonly string[]).includes(t) ? [t] : [];
    }),
  );
  if (store !== undefined) settings.userStoreType = store;
  // 4.7+: the key every node shares (the nodes whose key differs keep theirs in extraConfig).
  const key = mostCommon(
    drafts.flatMap((d) => {
      const t = textAt(d.file.data, ['encryption', 'key']);
      return t === undefined || t === '' ? [] : [t];
    }),
  );
  if (key !== undefined && isApimVersion(version) && VERSIONS[version].encryptionKey)
    settings.encryptionKey = key;
  const facts = isApimVersion(version) ? VERSIONS[version] : undefined;
  // The nodes whose kind invalidates caches across nodes of its role.
  const readers = drafts.filter((d) => apimKind(d.kind).cacheDomain !== undefined);
  if (facts && facts.cacheInvalidation !== 'no' && readers.length > 0) {
    const on = readers.filter((d) => tableAt(d.file.data, ['apim', 'cache_invalidation'])).length;
    settings.cacheInvalidation = on * 2 >= readers.length;
  }
  return settings;
}

/** The first release with a capability. */
function firstWith(feature: ReleaseFeature): ApimVersion | undefined {
  return APIM_VERSIONS.find((v) => VERSIONS[v][feature]);
}

type ReleaseFeature =
  'componentDistributions' | 'gatewayNotification' | 'distributedThrottling' | 'encryptionKey';

/**
 * Keys only a newer release reads: the files are from that release or a later one. A node that is no
 * all-in-one with `server_role = "default"` runs a component distribution (4.5+: each one's
 * infer.json knows only "default").
 */
const RELEASE_MARKERS: readonly {
  readonly feature: ReleaseFeature;
  readonly test: (d: Draft) => boolean;
  readonly what: string;
}[] = [
  {
    feature: 'componentDistributions',
    test: (d) =>
      !apimMeta(d.kind).standalone &&
      textAt(d.file.data, ['server', 'server_role'])?.trim() === 'default',
    what: 'a node that is no all-in-one with server_role "default"',
  },
  {
    feature: 'gatewayNotification',
    test: (d) => tableAt(d.file.data, ['apim', 'gateway_notification']) !== undefined,
    what: '[apim.gateway_notification]',
  },
  {
    feature: 'distributedThrottling',
    test: (d) => tableAt(d.file.data, ['apim', 'distributed_throttling']) !== undefined,
    what: '[apim.distributed_throttling]',
  },
  {
    feature: 'encryptionKey',
    test: (d) =>
      valueAt(d.file.data, ['encryption', 'old_key']) !== undefined ||
      valueAt(d.file.data, ['encryption', 'enable_key_id']) !== undefined,
    what: '[encryption] old_key or enable_key_id',
  },
];

const THREE_TWO_MARKERS: readonly {
  readonly test: (d: Draft) => boolean;
  readonly what: string;
}[] = [
  {
    test: (d) => tablesAt(d.file.data, ['event_listener']).some((l) => l.id === 'token_revocation'),
    what: 'a token-revocation [[event_listener]]',
  },
  {
    test: (d) => tableAt(d.file.data, ['apim', 'sync_runtime_artifacts']) !== undefined,
    what: '[apim.sync_runtime_artifacts]',
  },
  {
    test: (d) => valueAt(d.file.data, ['apim', 'throttling', 'event_duplicate_url']) !== undefined,
    what: 'event_duplicate_url',
  },
  {
    test: (d) =>
      isDedicatedTo(d.kind, 'gateway') &&
      valueAt(d.file.data, ['apim', 'throttling', 'service_url']) !== undefined,
    what: "a gateway's [apim.throttling] service_url",
  },
  {
    test: (d) =>
      (isDedicatedTo(d.kind, 'publisher') || isDedicatedTo(d.kind, 'traffic-manager')) &&
      tableAt(d.file.data, ['apim', 'key_manager']) !== undefined,
    what: '[apim.key_manager] on a Publisher or Traffic Manager',
  },
];

function known(v: string | undefined): v is string {
  return v !== undefined && isApimVersion(v);
}

/** A kind only releases with an event hub have (a control plane). */
function onlyWithEventHub(kind: ApimKind): boolean {
  return APIM_VERSIONS.every((v) => !kindAvailable(kind, VERSIONS[v]) || VERSIONS[v].eventHub);
}

/**
 * The option, else our header comments, else what the keys suggest. `how` is how the caller lets
 * the user state the version (`apimVersion` over HTTP, `--apim-version <version>` on the command line).
 */
export function findVersion(
  drafts: readonly Draft[],
  option: string | undefined,
  notes: string[],
  how = 'apimVersion',
): string {
  if (option !== undefined) return option;
  const hinted = mostCommon(
    drafts.flatMap((d) => (known(d.file.hints.version) ? [d.file.hints.version] : [])),
  );
  if (hinted !== undefined) {
    notes.push(`API-M ${hinted}, as the files' apim-designer header says.`);
    return hinted;
  }
  const found = RELEASE_MARKERS.flatMap((m) => {
    const first = firstWith(m.feature);
    return first && drafts.some(m.test) ? [{ first, what: m.what }] : [];
  });
  const latest = found
    .map((f) => f.first)
    .sort((a, b) => APIM_VERSIONS.indexOf(b) - APIM_VERSIONS.indexOf(a))[0];
  if (latest) {
    const what = found.filter((f) => f.first === latest).map((f) => f.what);
    notes.push(
      `API-M ${latest} or later (${what.join('; ')}: ${latest} introduced ${what.length > 1 ? 'them' : 'it'}); ` +
        `${latest} is assumed. Pass apimVersion to choose another.`,
    );
    return latest;
  }
  if (
    drafts.some(
      (d) => onlyWithEventHub(d.kind) || tableAt(d.file.data, ['apim', 'event_hub']) !== undefined,
    )
  ) {
    const assumed = IMPORT_ASSUMPTIONS.eventHub;
    notes.push(
      `API-M 4.x (a control plane or [apim.event_hub]); ${assumed} is assumed. Pass ${how} to choose another.`,
    );
    return assumed;
  }
  const marker = THREE_TWO_MARKERS.find((m) => drafts.some(m.test));
  if (marker || drafts.every((d) => apimMeta(d.kind).standalone)) {
    const assumed = IMPORT_ASSUMPTIONS.withThreeTwoKeys;
    notes.push(
      `API-M ${assumed} is assumed (${marker ? marker.what : 'nothing in the files tells 3.1 from 3.2'}). Pass ${how} to choose another.`,
    );
    return assumed;
  }
  const assumed = IMPORT_ASSUMPTIONS.withoutThreeTwoKeys;
  notes.push(
    `API-M ${assumed} is assumed: distributed nodes without any 3.2-only key. Pass ${how} to choose another.`,
  );
  return assumed;
}
