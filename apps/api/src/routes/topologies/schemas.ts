import { Topology } from '@apim-designer/topology';
import { z } from 'zod';

const Path = z.array(z.union([z.string(), z.number()])).readonly();
/** Credential fields the share replaced with `$env{…}` placeholders (empty when they were included). */
const StrippedCredentials = z
  .array(Path)
  .readonly()
  .describe(
    'Credential fields replaced by $env{…} placeholders; pass ?includeCredentials=true to keep them',
  );

/** `?includeCredentials=true`: store credentials as they are (off by default). */
export const ShareQuery = z.object({ includeCredentials: z.enum(['true', 'false']).optional() });

export const Created = z
  .object({
    id: z.string(),
    editToken: z.string().describe('Keep it: it is shown once and needed to update or delete'),
    viewUrl: z.string(),
    editUrl: z.string(),
    revision: z.number().int(),
    strippedCredentials: StrippedCredentials,
  })
  .meta({ id: 'ShareCreated' });

export const Shared = z.object({
  topology: Topology,
  revision: z.number().int(),
  strippedCredentials: StrippedCredentials,
});

export const Revision = z.object({
  id: z.string(),
  revision: z.number().int(),
  strippedCredentials: StrippedCredentials,
});

export const AuthHeaders = z.looseObject({
  authorization: z.string().optional().describe('Bearer <editToken>'),
});

export const UpdateHeaders = AuthHeaders.extend({
  'if-match': z.string().optional().describe('The ETag the change is based on'),
});
