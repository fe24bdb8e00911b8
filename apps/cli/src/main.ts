/**
 * apim-designer: validate a topology, render its bundle, import deployment.toml files or diff two
 * bundles, from a shell or a pipeline.
 * Exit codes: 0 ok (warnings allowed), 1 the topology has errors, 2 bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { hasErrors, render, validate, zipBundle } from '@apim-designer/topology';
import { parseArgs } from './args.js';
import { diffCommand } from './diff-command.js';
import { InputError, readTopology } from './document.js';
import { importCommand } from './import-command.js';
import { formatDiagnostics, processIo, type Io } from './output.js';
import { verifyCommand } from './verify/verify-command.js';

const USAGE = `Usage:
  apim-designer validate <topology.json> [--target vm|compose|helm] [--json]
  apim-designer render <topology.json> [--out <dir>] [--zip <file.zip>] [--target vm|compose|helm] [--json]
  apim-designer import <deployment.toml…|bundle.zip> [--out <topology.json>] [--apim-version <v>] [--json]
  apim-designer diff <a.json> <b.json> [--json]
  apim-designer diff <topology.json> --to-version <v> [--json]
  apim-designer verify <topology.json> [--configs <dir|zip|file>] [--probe [--from <node>]
                [--ca <ca.pem>] [--truststore <file.jks>] [--timeout <ms>] [--budget <ms>]] [--json]
  apim-designer --version

validate  prints the diagnostics; exits 1 when there are errors.
render    writes the bundle (README.md, hosts, topology.json, <node>/repository/conf/deployment.toml)
          into --out, and/or as a zip into --zip; refuses (exit 1) when the topology has errors.
import    recovers a topology from deployment.toml files, a zip of them or a bundle zip; writes it
          to --out (or stdout) and the report (kept, unmatched, notes) to stderr; exits 1 when
          nothing could be recovered. --apim-version: the API-M version of the files, when they
          do not say it.
diff      the unified diff of the two bundles (stdout) and what does not carry over (stderr);
          exits 1 when a side does not render or the target version has errors.
--target  what the bundle is for: vm (the default: a folder per server), compose (compose.yaml on
          WSO2's images) or helm (values for WSO2's Helm charts and install.sh); validate and
          render also report what the target cannot express (exit 1 on its errors).
verify    --configs: the live deployment.toml files (2.x: XML files) of a folder or zip against
          what the design generates, per node and key (missing, extra, changed, not in the
          design). --probe: connects from this machine to every endpoint the design's edges need
          (TCP, TLS with the CAs of --ca / --truststore, GET /services/Version), --from: as that
          node sees them; 3 s per probe, 30 s in all, no retries. Exits 1 on a drift error or an
          unreachable required endpoint.
--json    machine-readable output on stdout, for pipelines.
-V, --version  this tool's version.`;

/** The CLI's own version, from its package.json (next to src/ and dist/ alike). */
export function toolVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  return typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
    ? pkg.version
    : 'unknown';
}

const SINGLE_FILE = ['validate', 'render'];

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.version && !args.help) {
      io.out(`apim-designer ${toolVersion()}`);
      return 0;
    }
    if (args.help || args.command === undefined) {
      io.out(USAGE);
      return args.help ? 0 : 2;
    }
    if (args.command === 'import') return await importCommand(args, io);
    if (args.command === 'diff') return await diffCommand(args, io);
    if (args.command === 'verify') return await verifyCommand(args, io);
    if (!SINGLE_FILE.includes(args.command)) {
      throw new InputError(`unknown command "${args.command}"`);
    }
    const [file, extra] = args.files;
    if (file === undefined) throw new InputError(`${args.command} needs a topology file`);
    if (extra !== undefined) throw new InputError(`unexpected argument ${extra}`);
    const topology = await readTopology(file);

    if (args.command === 'validate') {
      const diagnostics = validate(topology, { target: args.target });
      const valid = !hasErrors(diagnostics);
      io.out(
        args.json
          ? JSON.stringify({ valid, diagnostics }, null, 2)
          : formatDiagnostics(diagnostics),
      );
      return valid ? 0 : 1;
    }

    if (args.out === undefined && args.zip === undefined)
      throw new InputError('render needs --out <dir> and/or --zip <file>');
    const result = render(topology, { target: args.target });
    if (!result.ok) {
      io.err(`Not rendered: the topology has errors.\n${formatDiagnostics(result.diagnostics)}`);
      if (args.json)
        io.out(JSON.stringify({ rendered: false, diagnostics: result.diagnostics }, null, 2));
      return 1;
    }
    const written: string[] = [];
    if (args.out !== undefined) {
      const root = resolve(args.out);
      for (const f of result.files) {
        const target = join(root, f.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, f.contents);
      }
      written.push(`${result.files.length} files in ${args.out}`);
    }
    if (args.zip !== undefined) {
      await mkdir(dirname(resolve(args.zip)), { recursive: true });
      await writeFile(
        args.zip,
        zipBundle(result.files, { deflateRaw: (d) => deflateRawSync(d), crc32 }),
      );
      written.push(args.zip);
    }
    if (args.json) {
      io.out(
        JSON.stringify(
          {
            rendered: true,
            files: result.files.map((f) => f.path),
            diagnostics: result.diagnostics,
          },
          null,
          2,
        ),
      );
    } else {
      io.out(`${formatDiagnostics(result.diagnostics)}\n\nWrote ${written.join(' and ')}.`);
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`apim-designer: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
