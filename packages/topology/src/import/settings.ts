/** Settings every node shares, and the API-M version, from what most files say. */
import { USER_STORE_TYPES } from '../topology.js';
import { APIM_VERSIONS, VERSIONS } from '../versions.js';
import type { Draft } from './nodes.js';
import { mostCommon, tableAt, tablesAt, textAt, valueAt } from './toml-read.js';

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
  const facts = Object.entries(VERSIONS).find(([v]) => v === version)?.[1];
  const readers = drafts.filter((d) =>
    ['key-manager', 'publisher', 'devportal', 'control-plane'].includes(d.kind),
  );
  if (facts && facts.cacheInvalidation !== 'no' && readers.length > 0) {
    const on = readers.filter((d) => tableAt(d.file.data, ['apim', 'cache_invalidation'])).length;
    settings.cacheInvalidation = on * 2 >= readers.length;
  }
  return settings;
}

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
      d.kind === 'gateway' &&
      valueAt(d.file.data, ['apim', 'throttling', 'service_url']) !== undefined,
    what: "a gateway's [apim.throttling] service_url",
  },
  {
    test: (d) =>
      ['publisher', 'traffic-manager'].includes(d.kind) &&
      tableAt(d.file.data, ['apim', 'key_manager']) !== undefined,
    what: '[apim.key_manager] on a Publisher or Traffic Manager',
  },
];

function known(v: string | undefined): v is string {
  return v !== undefined && (APIM_VERSIONS as readonly string[]).includes(v);
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
  const fourX = [...APIM_VERSIONS].reverse().find((v) => v.startsWith('4.'));
  if (
    fourX &&
    drafts.some((d) => d.kind === 'control-plane' || tableAt(d.file.data, ['apim', 'event_hub']))
  ) {
    notes.push(
      `API-M 4.x (a control plane or [apim.event_hub]); ${fourX} is assumed. Pass ${how} to choose another.`,
    );
    return fourX;
  }
  const marker = THREE_TWO_MARKERS.find((m) => drafts.some(m.test));
  if (marker || !drafts.some((d) => d.kind !== 'all-in-one')) {
    notes.push(
      `API-M 3.2.0 is assumed (${marker ? marker.what : 'nothing in the files tells 3.1 from 3.2'}). Pass ${how} to choose another.`,
    );
    return '3.2.0';
  }
  notes.push(
    `API-M 3.1.0 is assumed: distributed nodes without any 3.2-only key. Pass ${how} to choose another.`,
  );
  return '3.1.0';
}
