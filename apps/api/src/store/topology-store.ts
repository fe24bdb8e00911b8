/**
 * Persistence of share links. One interface, two engines (SQLite, PostgreSQL); both pass the same
 * suite (store-suite.ts). The store knows nothing of tokens or HTTP: it keeps records and
 * compares revisions atomically.
 */

/** A share link as stored. */
export interface ShareRecord {
  readonly id: string;
  /** 1 on create, +1 on every update; the ETag is made from it. */
  readonly revision: number;
  /** sha-256 of the edit token, hex. The token itself is never stored. */
  readonly editTokenHash: string;
  /** The topology document as JSON. Parsed again when read. */
  readonly document: unknown;
  /**
   * Paths of fields removed or replaced before storing, e.g. `["settings", "superAdmin",
   * "password"]`. Empty today; the seam for stripping credentials from shared documents.
   */
  readonly strippedPaths: readonly DocumentPath[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A path into the document, as the core's diagnostics and schema issues carry them. */
export type DocumentPath = readonly (string | number)[];

export interface ShareAccess {
  readonly revision: number;
  readonly editTokenHash: string;
}

export interface NewShareRecord {
  readonly id: string;
  readonly editTokenHash: string;
  readonly document: unknown;
  readonly strippedPaths: readonly DocumentPath[];
}

export interface ShareUpdate {
  readonly document: unknown;
  readonly strippedPaths: readonly DocumentPath[];
}

export type UpdateOutcome =
  | { readonly status: 'updated'; readonly revision: number }
  | { readonly status: 'stale'; readonly revision: number }
  | { readonly status: 'not-found' };

export interface TopologyStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Stores a new record at revision 1. Resolves once the write is durable. */
  create(record: NewShareRecord): Promise<ShareRecord>;
  get(id: string): Promise<ShareRecord | undefined>;
  /**
   * Only what a token check needs, without reading the document: a known id with a wrong token
   * and an unknown id then cost the same (see ShareService).
   */
  getAccess(id: string): Promise<ShareAccess | undefined>;
  /** Compare-and-set: writes only when the stored revision is `expectedRevision`. */
  update(id: string, expectedRevision: number, change: ShareUpdate): Promise<UpdateOutcome>;
  /** True when a record was removed. */
  delete(id: string): Promise<boolean>;
  /** Throws when the engine cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The row shape both engines read back, before it becomes a ShareRecord. */
export interface ShareRow {
  id: string;
  revision: number | string;
  edit_token_hash: string;
  document: string;
  stripped_paths: string;
  created_at: string | Date;
  updated_at: string | Date;
}

export function rowToAccess(row: {
  revision: number | string;
  edit_token_hash: string;
}): ShareAccess {
  return { revision: Number(row.revision), editTokenHash: row.edit_token_hash };
}

export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return value;
}

function isPathPart(v: unknown): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

function paths(value: unknown): DocumentPath[] {
  if (!Array.isArray(value)) return [];
  return value.filter(Array.isArray).map((p: unknown[]) => p.filter(isPathPart));
}

function isoTime(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

export function rowToRecord(row: ShareRow): ShareRecord {
  return {
    id: row.id,
    revision: Number(row.revision),
    editTokenHash: row.edit_token_hash,
    document: parseJson(row.document),
    strippedPaths: paths(parseJson(row.stripped_paths)),
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
