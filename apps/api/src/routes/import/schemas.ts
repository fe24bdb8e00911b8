/**
 * Request and response of POST /api/v1/import. The report's shape is the core's `ImportReport`
 * type (the core has no zod schema for it); the schema here is checked against that type at
 * compile time, both ways, so it can neither drop nor invent a field.
 */
import {
  ApimVersion,
  Topology,
  isSafeBundlePath,
  type ImportReport as CoreImportReport,
} from '@apim-designer/topology';
import { z } from 'zod';
import { ErrorBody } from '../../http/errors.js';
import { Bytes } from '../../http/schemas.js';

const KeptKey = z.object({ nodeId: z.string(), key: z.string() });

/** A file that could not be read, and where (the import's and the drift report's errors). */
export const FileError = z.object({
  file: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const ImportReport = z
  .object({
    source: z.enum(['topology.json', 'deployment.toml']),
    nodes: z
      .array(
        z.object({
          file: z.string(),
          nodeId: z.string(),
          kind: z.string(),
          how: z.enum(['server_role', 'inferred from keys', 'topology.json']),
          detail: z.string(),
        }),
      )
      .readonly(),
    kept: z.array(KeptKey).readonly(),
    unmatched: z
      .array(z.object({ file: z.string(), key: z.string(), value: z.string(), why: z.string() }))
      .readonly(),
    added: z.array(KeptKey).readonly(),
    errors: z.array(FileError).readonly(),
    notes: z.array(z.string()).readonly(),
  })
  .meta({ id: 'ImportReport' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportMatches: Same<z.infer<typeof ImportReport>, CoreImportReport> = true;
export const REPORT_MATCHES = reportMatches;

export interface ImportLimits {
  /** Most files in one import (JSON `files`, or entries in a zip). */
  readonly maxFiles: number;
  /** Most bytes a zip may unpack to, summed over the entries that are read. */
  readonly maxUnzippedBytes: number;
}

/**
 * The body: JSON `{ files, apimVersion? }`, or a zip, which the content-type parser hands over as
 * `{ zip }`. One object rather than a union, so a bad field is reported at its own path.
 */
export function importBody(limits: ImportLimits) {
  return z
    .object({
      files: z
        .array(
          z.object({
            path: z
              .string()
              .refine(isSafeBundlePath, 'a relative path without "..", "\\" or a drive letter'),
            contents: z.string(),
          }),
        )
        .min(1, 'send at least one file')
        .max(limits.maxFiles, `at most ${limits.maxFiles} files`)
        .optional(),
      apimVersion: ApimVersion.optional(),
      zip: Bytes.optional().describe('the zip itself, when sent as application/zip'),
    })
    .refine((b) => (b.files === undefined) !== (b.zip === undefined), {
      message: 'send either files (application/json) or a zip (application/zip)',
    });
}

/** `?apimVersion=`: the version of the files, for a zip (the JSON form may say it in the body). */
export const ImportQuery = z.object({ apimVersion: ApimVersion.optional() });

export const Imported = z
  .object({ topology: Topology, report: ImportReport })
  .meta({ id: 'Imported' });

export const ImportFailed = ErrorBody.extend({ report: ImportReport }).meta({ id: 'ImportFailed' });
export type ImportFailed = z.infer<typeof ImportFailed>;
