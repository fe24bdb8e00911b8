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
  type ImportResult,
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

export interface JobError {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResult }
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

export function runImportJob(job: ImportJob): ImportOutcome {
  let files: readonly ImportFileInput[];
  if (job.kind === 'zip') {
    const read = readZip(job.zip, {
      maxEntries: job.limits.maxFiles,
      maxUnpackedBytes: job.limits.maxUnzippedBytes,
      // zlib stops (throws) once the output would pass the declared size.
      inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }),
      crc32: (data) => crc32(data),
      select: isImportable,
    });
    if (!read.ok) return { ok: false, error: zipError(read.problem, job.limits) };
    files = read.files.map((f) => ({ path: f.path, contents: utf8.decode(f.data) })).sort(byPath);
  } else files = job.files;
  return {
    ok: true,
    result: importConfigs(files, job.apimVersion ? { apimVersion: job.apimVersion } : {}),
  };
}
