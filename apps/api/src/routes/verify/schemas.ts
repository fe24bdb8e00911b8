/**
 * Request and response of POST /api/v1/verify/drift. The report's shape is the core's
 * `DriftReport` (its `ok: true` form); the schema here is checked against that type at compile
 * time, both ways, so it can neither drop nor invent a field.
 */
import { isSafeBundlePath, type DriftReport as CoreDriftReport } from '@apim-designer/topology';
import { z } from 'zod';
import type { DocumentLimits } from '../../http/schemas.js';
import { topologyBody } from '../../http/schemas.js';
import { FileError, type ImportLimits } from '../import/schemas.js';

const EdgeRef = z.object({ index: z.number().int(), id: z.string().optional() });

const Finding = z.object({
  type: z.enum(['missing', 'extra', 'changed', 'not-in-design']),
  severity: z.enum(['error', 'warning', 'info']),
  key: z.string(),
  design: z.string().optional(),
  live: z.string().optional(),
  breaks: z.string().optional(),
  edges: z.array(EdgeRef).readonly(),
});

const DriftNode = z.object({
  nodeId: z.string(),
  name: z.string(),
  kind: z.string(),
  host: z.string(),
  files: z.array(z.string()).readonly(),
  matchedBy: z
    .enum(['header comment', 'host', 'folder', 'keys', 'fragments file', 'carbon.xml host'])
    .optional(),
  matchDetail: z.string().optional(),
  status: z.enum(['ok', 'drift', 'warning', 'no-file', 'unreadable']),
  findings: z.array(Finding).readonly(),
});

export const DriftReport = z
  .object({
    ok: z.literal(true),
    clean: z.boolean(),
    apimVersion: z.string(),
    nodes: z.array(DriftNode).readonly(),
    unmatched: z.array(z.object({ path: z.string(), why: z.string() })).readonly(),
    errors: z.array(FileError).readonly(),
    notes: z.array(z.string()).readonly(),
    counts: z.object({ errors: z.number(), warnings: z.number(), infos: z.number() }),
  })
  .meta({ id: 'DriftReport' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type CoreOk = Omit<Extract<CoreDriftReport, { ok: true }>, 'nodes'> & {
  // The core names the kind with its NodeKind union; over HTTP it is a string.
  readonly nodes: readonly (Omit<
    Extract<CoreDriftReport, { ok: true }>['nodes'][number],
    'kind'
  > & {
    readonly kind: string;
  })[];
};
const reportMatches: Same<z.infer<typeof DriftReport>, CoreOk> = true;
export const DRIFT_REPORT_MATCHES = reportMatches;

/** The zip, base64 in the JSON body (its size counts against BODY_LIMIT like everything else). */
const Base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 (RFC 4648, no line breaks)')
  .describe('a zip of the live files, base64');

export function driftBody(limits: DocumentLimits, importLimits: ImportLimits) {
  return z
    .object({
      topology: topologyBody(limits),
      files: z
        .array(
          z.object({
            path: z
              .string()
              .refine(isSafeBundlePath, 'a relative path without "..", "\\" or a drive letter'),
            contents: z.string(),
          }),
        )
        .max(importLimits.maxFiles, `at most ${importLimits.maxFiles} files`)
        .optional(),
      zip: Base64.optional(),
    })
    .refine((b) => (b.files === undefined) !== (b.zip === undefined), {
      message: 'send either files or a zip (base64)',
    });
}
