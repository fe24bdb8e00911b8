/** The command line, parsed: a command, its files and options. */
import {
  ApimVersion,
  DEPLOY_TARGETS,
  isDeployTarget,
  type DeployTarget,
} from '@apim-designer/topology';
import { InputError } from './document.js';

export interface Args {
  command: string | undefined;
  files: string[];
  out: string | undefined;
  zip: string | undefined;
  /** `--apim-version`: the API-M version of the files an import reads. */
  apimVersion: ApimVersion | undefined;
  toVersion: ApimVersion | undefined;
  target: DeployTarget | undefined;
  json: boolean;
  help: boolean;
  /** `--version` / `-V`: print the tool's own version. */
  version: boolean;
  /** `verify`'s own options. */
  verify: Partial<Record<VerifyValued, string>> & { probe?: boolean };
}

/** `verify`'s options that take a value. */
export const VERIFY_VALUED = [
  '--configs',
  '--from',
  '--ca',
  '--truststore',
  '--timeout',
  '--budget',
] as const;
export type VerifyValued = (typeof VERIFY_VALUED)[number];
const isVerifyValued = (a: string): a is VerifyValued => VERIFY_VALUED.some((v) => v === a);

const VALUED = ['--out', '--zip', '--apim-version', '--to-version', '--target'] as const;
type Valued = (typeof VALUED)[number];
const isValued = (a: string): a is Valued => VALUED.some((v) => v === a);

function apimVersion(option: string, value: string): ApimVersion {
  const parsed = ApimVersion.safeParse(value);
  if (!parsed.success)
    throw new InputError(
      `${option} ${value}: not a known API-M version (${ApimVersion.options.join(', ')})`,
    );
  return parsed.data;
}

/** `--version 3.2.0`: the spelling `import` used for the API-M version before `--apim-version`. */
const looksLikeVersion = (v: string | undefined) => v !== undefined && /^\d+(\.\d+)*$/.test(v);

function target(value: string): DeployTarget {
  if (!isDeployTarget(value))
    throw new InputError(`--target ${value}: not a deploy target (${DEPLOY_TARGETS.join(', ')})`);
  return value;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    command: undefined,
    files: [],
    out: undefined,
    zip: undefined,
    apimVersion: undefined,
    toVersion: undefined,
    target: undefined,
    json: false,
    help: false,
    version: false,
    verify: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--probe') args.verify.probe = true;
    else if (isVerifyValued(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new InputError(`${a} needs a value`);
      args.verify[a] = v;
    } else if (a === '--version' || a === '-V') {
      if (looksLikeVersion(argv[i + 1]))
        throw new InputError(
          `${a} prints this tool's version; the API-M version of the files is --apim-version ${argv[i + 1] ?? ''}`,
        );
      args.version = true;
    } else if (isValued(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new InputError(`${a} needs a value`);
      if (a === '--out') args.out = v;
      else if (a === '--zip') args.zip = v;
      else if (a === '--apim-version') args.apimVersion = apimVersion(a, v);
      else if (a === '--target') args.target = target(v);
      else args.toVersion = apimVersion(a, v);
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}`);
    else if (args.command === undefined) args.command = a;
    else args.files.push(a);
  }
  return args;
}
