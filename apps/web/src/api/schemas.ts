/**
 * Response envelopes of the HTTP API (issue 3). The topology inside is the core's schema; only
 * the envelopes are declared here; diagnostics use the core's schema.
 */
import { Diagnostic, Topology } from '@apim-designer/topology';
import { z } from 'zod';

/** `path` is `nodes[2].host` as the API writes it (an array is accepted too). */
export const ApiIssue = z.object({
  path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]),
  message: z.string(),
});

export const ErrorBody = z.object({
  error: z.string().optional(),
  message: z.string().optional(),
  issues: z.array(ApiIssue).optional(),
  diagnostics: z.array(Diagnostic).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const Revision = z.union([z.number(), z.string()]);

/** Paths of the credential fields a share replaced by `$env{…}` placeholders. */
export const StrippedCredentials = z.array(z.array(z.union([z.string(), z.number()])));
export type StrippedCredentials = z.infer<typeof StrippedCredentials>;

export const ShareCreated = z.object({
  id: z.string(),
  editToken: z.string(),
  viewUrl: z.string(),
  editUrl: z.string(),
  revision: Revision,
  strippedCredentials: StrippedCredentials,
});
export type ShareCreated = z.infer<typeof ShareCreated>;

export const SharedTopology = z.object({
  topology: Topology,
  revision: Revision,
  strippedCredentials: StrippedCredentials.default([]),
});

export const ShareSaved = z
  .object({ revision: Revision, strippedCredentials: StrippedCredentials.default([]) })
  .loose();
