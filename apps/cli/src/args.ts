/** The command line, parsed: a command, its files and options. */
import { ApimVersion } from '@apim-designer/topology';
import { InputError } from './document.js';

export interface Args {
  command: string | undefined;
  files: string[];
  out: string | undefined;
  zip: string | undefined;
  version: ApimVersion | undefined;
  toVersion: ApimVersion | undefined;
  json: boolean;
  help: boolean;
  /** `verify`: its own options (verify/verify-args.ts). */
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

const VALUED = ['--out', '--zip', '--version', '--to-version'] as const;
type Valued = (typeof VALUED)[number];
const isValued = (a: string): a is Valued => VALUED.some((v) => v === a);

function version(option: string, value: string): ApimVersion {
  const parsed = ApimVersion.safeParse(value);
  if (!parsed.success)
    throw new InputError(
      `${option} ${value}: not a known API-M version (${ApimVersion.options.join(', ')})`,
    );
  return parsed.data;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    command: undefined,
    files: [],
    out: undefined,
    zip: undefined,
    version: undefined,
    toVersion: undefined,
    json: false,
    help: false,
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
    } else if (isValued(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new InputError(`${a} needs a value`);
      if (a === '--out') args.out = v;
      else if (a === '--zip') args.zip = v;
      else if (a === '--version') args.version = version(a, v);
      else args.toVersion = version(a, v);
    } else if (a.startsWith('-')) throw new InputError(`unknown option ${a}`);
    else if (args.command === undefined) args.command = a;
    else args.files.push(a);
  }
  return args;
}
