/**
 * Share links over a TopologyStore: issues ids and edit tokens, checks tokens, and turns stored
 * documents back into typed topologies. What the routes call; no HTTP in here.
 */
import { parseTopology, stripCredentials, type Topology } from '@apim-designer/topology';
import type {
  DocumentPath,
  ShareAccess,
  ShareRecord,
  TopologyStore,
} from '../store/topology-store.js';
import { hashToken, newEditToken, newShareId, tokenMatches } from './tokens.js';

/**
 * Compared against when the id is unknown, so a missing id and a wrong token cost the same work
 * (one indexed read of the hash, one sha-256, one constant-time compare; the document is not read):
 * timing does not tell which ids exist.
 */
const ABSENT_HASH = hashToken('no share link has this token');

export interface SharedTopology {
  readonly id: string;
  readonly revision: number;
  readonly topology: Topology;
  /** Credential fields replaced by placeholders when the document was stored. */
  readonly strippedPaths: readonly DocumentPath[];
}

export type ShareChange =
  | { readonly status: 'updated' | 'deleted'; readonly revision: number }
  | { readonly status: 'not-found' }
  | { readonly status: 'forbidden' }
  | { readonly status: 'stale'; readonly revision: number };

/**
 * What is stored for a document: unless the user chose to include them, credentials are replaced by
 * `$env{…}` placeholders (the core's `stripCredentials`) and their paths kept, so readers are told.
 */
function forStorage(
  topology: Topology,
  includeCredentials: boolean,
): { document: unknown; strippedPaths: DocumentPath[] } {
  if (includeCredentials) return { document: topology, strippedPaths: [] };
  const { topology: stripped, stripped: paths } = stripCredentials(topology);
  return { document: stripped, strippedPaths: paths.map((p) => [...p]) };
}

function toShared(record: ShareRecord): SharedTopology {
  const parsed = parseTopology(record.document);
  if (!parsed.ok) throw new Error(`stored topology ${record.id} no longer parses`);
  return {
    id: record.id,
    revision: record.revision,
    topology: parsed.topology,
    strippedPaths: record.strippedPaths,
  };
}

export class ShareService {
  constructor(
    private readonly store: TopologyStore,
    /** The token check; tests pass a counting one to see that every refusal does the same work. */
    private readonly checkToken: (token: string, hash: string) => boolean = tokenMatches,
  ) {}

  /** The record, when it exists and the token is its edit token; the same work either way. */
  private async authorise(
    id: string,
    token: string,
  ): Promise<ShareAccess | 'not-found' | 'forbidden'> {
    const record = await this.store.getAccess(id);
    const matches = this.checkToken(token, record?.editTokenHash ?? ABSENT_HASH);
    if (!record) return 'not-found';
    return matches ? record : 'forbidden';
  }

  async create(
    topology: Topology,
    includeCredentials = false,
  ): Promise<{
    id: string;
    editToken: string;
    revision: number;
    strippedPaths: readonly DocumentPath[];
  }> {
    const editToken = newEditToken();
    const stored = forStorage(topology, includeCredentials);
    const record = await this.store.create({
      id: newShareId(),
      editTokenHash: hashToken(editToken),
      ...stored,
    });
    return {
      id: record.id,
      editToken,
      revision: record.revision,
      strippedPaths: stored.strippedPaths,
    };
  }

  async read(id: string): Promise<SharedTopology | undefined> {
    const record = await this.store.get(id);
    return record && toShared(record);
  }

  /** Replace the document when the token is right and `basedOn` is the current revision. */
  async update(
    id: string,
    token: string,
    basedOn: (revision: number) => boolean,
    topology: Topology,
    includeCredentials = false,
  ): Promise<ShareChange> {
    const record = await this.authorise(id, token);
    if (typeof record === 'string') return { status: record };
    if (!basedOn(record.revision)) return { status: 'stale', revision: record.revision };
    return this.store.update(id, record.revision, forStorage(topology, includeCredentials));
  }

  async remove(id: string, token: string): Promise<ShareChange> {
    const record = await this.authorise(id, token);
    if (typeof record === 'string') return { status: record };
    return (await this.store.delete(id))
      ? { status: 'deleted', revision: record.revision }
      : { status: 'not-found' };
  }
}
