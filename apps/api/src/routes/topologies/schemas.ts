import { Topology } from '@apim-designer/topology';
import { z } from 'zod';

export const Created = z
  .object({
    id: z.string(),
    editToken: z.string().describe('Keep it: it is shown once and needed to update or delete'),
    viewUrl: z.string(),
    editUrl: z.string(),
    revision: z.number().int(),
  })
  .meta({ id: 'ShareCreated' });

export const Shared = z.object({ topology: Topology, revision: z.number().int() });

export const Revision = z.object({ id: z.string(), revision: z.number().int() });

export const AuthHeaders = z.looseObject({
  authorization: z.string().optional().describe('Bearer <editToken>'),
});

export const UpdateHeaders = AuthHeaders.extend({
  'if-match': z.string().optional().describe('The ETag the change is based on'),
});
