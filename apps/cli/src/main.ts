/**
 * apim-designer: validate a topology, or render its bundle, from a shell or a pipeline.
 * Exit codes: 0 ok (warnings allowed), 1 the topology has errors, 2 bad usage or unreadable input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { hasErrors, render, validate, zipBundle } from '@apim-designer/topology';
import { InputError, readTopology } from './document.js';
import { formatDiagnostics, processIo, type Io } from './output.js';

const USAGE = `Usage:
  apim-designer validate <topology.json> [--json]
  apim-designer render <topology.json> [--out <dir>] [--zip <file.zip>] [--json]

validate  prints the diagnostics; exits 1 when there are errors.
render    writes the bundle (README.md, hosts, topology.json, <node>/repository/conf/deployment.toml)
          into --out, and/or as a zip into --zip; refuses (exit 1) when the topology has errors.
--json    machine-readable output for pipelines.`;

interface Args {
  command: string | undefined;
  file: string | undefined;
  out: string | undefined;
  zip: string | undefined;
  json: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    command: undefined,
    file: undefined,
    out: undefined,
    zip: undefined,
    json: false,
    help: false,
  };
  const rest = [...argv];
  while (rest.length > 0) {
    const a = rest.shift() as string;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--out' || a === '--zip') {
      const v = rest.shift();
      if (v === undefined || v.startsWith('--')) throw new InputError(`${a} needs a value`);
      args[a === '--out' ? 'out' : 'zip'] = v;
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}`);
    else if (args.command === undefined) args.command = a;
    else if (args.file === undefined) args.file = a;
    else throw new InputError(`unexpected argument ${a}`);
  }
  return args;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === undefined) {
      io.out(USAGE);
      return args.help ? 0 : 2;
    }
    if (args.command !== 'validate' && args.command !== 'render') {
      throw new InputError(`unknown command "${args.command}"`);
    }
    if (args.file === undefined) throw new InputError(`${args.command} needs a topology file`);
    const topology = await readTopology(args.file);

    if (args.command === 'validate') {
      const diagnostics = validate(topology);
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
    const result = render(topology);
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
      await writeFile(args.zip, zipBundle(result.files));
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
