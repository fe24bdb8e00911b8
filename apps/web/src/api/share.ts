import type { Topology } from '@apim-designer/topology';
import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { jsonInit, parseJson, request } from './http.js';
import { loadCore } from '../core/lazy-core.js';
import type { ShareCreated, StrippedCredentials } from './schemas.js';

export interface SharedDocument {
  readonly topology: Topology;
  readonly etag: string;
  /** The credential fields the last save replaced by placeholders, as paths. */
  readonly strippedCredentials: StrippedCredentials;
}

export const shareKeys = {
  all: ['share'] as const,
  one: (id: string) => ['share', id] as const,
};

/** GET a shared topology with the ETag a later save must send back. */
export function sharedTopologyQueryOptions(id: string) {
  return queryOptions({
    queryKey: shareKeys.one(id),
    queryFn: async (): Promise<SharedDocument> => {
      const res = await request(`/topologies/${encodeURIComponent(id)}`);
      // The session that shows it reads its local draft with the core: have both at once.
      const [body] = await Promise.all([parseJson(res, (s) => s.SharedTopology), loadCore()]);
      return {
        topology: body.topology,
        etag: res.headers.get('etag') ?? String(body.revision),
        strippedCredentials: body.strippedCredentials,
      };
    },
    // The canvas owns the document once loaded; never refetch it from under the user.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export interface CreateShareInput {
  readonly topology: Topology;
  /** Off by default: the server stores `$env{…}` placeholders in place of credentials. */
  readonly includeCredentials: boolean;
}

export function createShareMutationOptions() {
  return mutationOptions({
    mutationKey: ['share', 'create'],
    mutationFn: async (input: CreateShareInput): Promise<ShareCreated> =>
      parseJson(
        await request(
          `/topologies${input.includeCredentials ? '?includeCredentials=true' : ''}`,
          jsonInit('POST', input.topology),
        ),
        (s) => s.ShareCreated,
      ),
  });
}

export interface SaveShareInput {
  readonly id: string;
  readonly token: string;
  readonly etag: string;
  readonly topology: Topology;
  /** Off: the server stores `$env{…}` placeholders in place of credentials, as on create. */
  readonly includeCredentials: boolean;
}

export interface ShareSavedResult {
  readonly etag: string;
  readonly strippedCredentials: StrippedCredentials;
}

/** PUT with If-Match: a 412 (someone saved in between) is an ApiError the caller shows. */
export function saveShareMutationOptions() {
  return mutationOptions({
    mutationKey: ['share', 'save'],
    mutationFn: async (input: SaveShareInput): Promise<ShareSavedResult> => {
      const res = await request(
        `/topologies/${encodeURIComponent(input.id)}${input.includeCredentials ? '?includeCredentials=true' : ''}`,
        jsonInit('PUT', input.topology, {
          authorization: `Bearer ${input.token}`,
          'if-match': input.etag,
        }),
      );
      const body = await parseJson(res, (s) => s.ShareSaved);
      return {
        etag: res.headers.get('etag') ?? String(body.revision),
        strippedCredentials: body.strippedCredentials,
      };
    },
  });
}
