/**
 * One import, as the worker runs it: a zip unpacked by the core's `readZip` (overlapping entries
 * refused, declared sizes capped, inflating stopped at the declared size) or JSON files, then the
 * core's `importConfigs`. Returns data only (it crosses a thread boundary): the result, or the
 * error body the route answers with.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import {
  importConfigs,
  readZip,
  type ApimVersion,
  type DriftReport,
  type ImportResult,
  type Topology,
  type ZipProblem,
} from '@apim-designer/topology';
import type { ErrorIssue } from '../http/errors.js';
import type { ImportLimits } from '../routes/import/schemas.js';

export interface ImportFileInput {
  readonly path: string;
  readonly contents: string;
}

export type ImportJob =
  | {
      readonly kind: 'zip';
      readonly zip: Uint8Array;
      readonly limits: ImportLimits;
      readonly apimVersion?: ApimVersion;
    }
  | {
      readonly kind: 'files';
      readonly files: readonly ImportFileInput[];
      readonly apimVersion?: ApimVersion;
    };

/** A drift check (drift-job.ts): the design and its live files, as JSON or a zip. */
export interface DriftJob {
  readonly kind: 'drift';
  readonly topology: Topology;
  readonly files?: readonly ImportFileInput[];
  readonly zip?: Uint8Array;
  readonly limits: ImportLimits;
}

/** What the worker runs. */
export type WorkerJob = ImportJob | DriftJob;

export interface JobError {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
  | { readonly ok: true; readonly drift: DriftReport }
  | { readonly ok: false; readonly error: JobError };

/** The entries the core's import reads. */
export function isImportable(path: string): boolean {
  return /\.toml$/i.test(path) || /(^|\/)topology\.json$/i.test(path);
}

const whole = (message: string) => [{ path: '(document)', message }];

function zipError(problem: ZipProblem, limits: ImportLimits): JobError {
  switch (problem.kind) {
    case 'unsafe-names':
      return {
        statusCode: 400,
        code: 'unsafe-zip-entry',
        message: `The zip holds ${problem.names.length} entry name(s) that are not safe relative paths (absolute, "..", "\\" or a drive letter); nothing was read`,
        issues: problem.names
          .slice(0, 20)
          .map((name) => ({ path: name, message: 'unsafe entry name' })),
      };
    case 'too-many-entries':
      return {
        statusCode: 413,
        code: 'zip-too-large',
        message: `The zip holds more than ${limits.maxFiles} files, the most one import reads`,
        issues: whole(`over ${limits.maxFiles} files`),
      };
    case 'too-large':
      return {
        statusCode: 413,
        code: 'zip-too-large',
        message: `The zip unpacks to more than ${limits.maxUnzippedBytes} bytes, the most one import reads`,
        issues: whole(`over ${limits.maxUnzippedBytes} bytes unpacked`),
      };
    case 'invalid':
      return {
        statusCode: 400,
        code: 'invalid-zip',
        message: `The body is not a readable zip file: ${problem.message}`,
        issues: whole(problem.message),
      };
  }
}

const utf8 = new TextDecoder('utf-8');
const byPath = (a: ImportFileInput, b: ImportFileInput) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** A zip's selected entries as text, read by the core's `readZip`, or the error body. */
export function unzipFiles(
  zip: Uint8Array,
  limits: ImportLimits,
  select: (path: string) => boolean,
):
  | { readonly ok: true; readonly files: ImportFileInput[] }
  | { readonly ok: false; readonly error: JobError } {
  const read = readZip(zip, {
    maxEntries: limits.maxFiles,
    maxUnpackedBytes: limits.maxUnzippedBytes,
    // zlib stops (throws) once the output would pass the declared size.
    inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }),
    crc32: (data) => crc32(data),
    select,
  });
  if (!read.ok) return { ok: false, error: zipError(read.problem, limits) };
  return {
    ok: true,
    files: read.files.map((f) => ({ path: f.path, contents: utf8.decode(f.data) })).sort(byPath),
  };
}

export function runImportJob(job: ImportJob): ImportOutcome {
  let files: readonly ImportFileInput[];
  if (job.kind === 'zip') {
    const read = unzipFiles(job.zip, job.limits, isImportable);
    if (!read.ok) return read;
    files = read.files;
  } else files = job.files;
  return {
    ok: true,
    result: importConfigs(files, job.apimVersion ? { apimVersion: job.apimVersion } : {}),
  };
}
