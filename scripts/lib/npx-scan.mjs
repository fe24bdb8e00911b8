/**
 * Finds commands that run a package by name from the npm registry (npx, `npm exec`,
 * `npm x`, `pnpm dlx`, `pnpx`, `yarn dlx`, `bunx`) and tells which name the project does not pin:
 * a name outside the lockfile resolves to whatever the registry holds under it today, and a
 * stranger may own it (issue 20: the CLI's own name was such a name).
 */

/** Runners that fetch a package when it is not installed locally, as regex sources. */
const RUNNERS = [
  String.raw`\bnpx`,
  String.raw`\bnpm\s+(?:exec|x)`,
  String.raw`\bpnpm\s+dlx`,
  String.raw`\bpnpx`,
  String.raw`\byarn\s+dlx`,
  String.raw`\bbunx`,
];
const RUNNER = new RegExp(`(?:${RUNNERS.join('|')})(?=\\s)((?:\\s+[^\\s;&|\`)'"]+)+)`, 'g');
/** Options that take a value, and which of them name a package. */
const VALUED = new Set(['-p', '--package', '-c', '--call', '--cache', '--registry', '--prefix']);
const PACKAGE_OPTIONS = new Set(['-p', '--package']);

/** `name` of `name@1.2.3` / `@scope/name@^1`. */
export function packageName(spec) {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at === -1 ? spec : spec.slice(0, at);
}

/** The packages one runner's arguments would fetch: `-p` values, else the first positional. */
function packagesOf(args) {
  const words = args.trim().split(/\s+/);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const [flag, inline] = w.startsWith('--') && w.includes('=') ? w.split(/=(.*)/s) : [w];
    if (PACKAGE_OPTIONS.has(flag)) {
      const value = inline ?? words[++i];
      if (value) out.push(value);
    } else if (VALUED.has(flag)) {
      if (inline === undefined) i++;
    } else if (w === '--') continue;
    else if (w.startsWith('-')) continue;
    else {
      if (out.length === 0) out.push(w);
      break;
    }
  }
  return out;
}

/**
 * The code in a Markdown file, line for line (so line numbers stay right): fenced blocks whole,
 * and the `inline spans` of other lines. Prose may say "npx" freely.
 */
export function markdownCode(text) {
  let fence = null;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^\s*(```|~~~)/.exec(line)?.[1];
      if (fence) {
        if (marker === fence) fence = null;
        return marker ? '' : line;
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]).join(' ; ');
    })
    .join('\n');
}

/**
 * Every package a runner in `text` would fetch, with its line: `{ line, spec, name }`. For Markdown
 * only code counts.
 */
export function runnerPackages(text, { markdown = false } = {}) {
  const found = [];
  const lines = (markdown ? markdownCode(text) : text).split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(RUNNER)) {
      for (const spec of packagesOf(m[1] ?? ''))
        found.push({ line: i + 1, spec, name: packageName(spec) });
    }
  });
  return found;
}

/** Names of the registry packages `pnpm-lock.yaml` pins (its `packages:` section). */
export function lockfilePackages(lockText) {
  const names = new Set();
  let inPackages = false;
  for (const line of lockText.split('\n')) {
    if (/^\S/.test(line)) inPackages = line.startsWith('packages:');
    else if (inPackages) {
      const m = /^ {2}'?((?:@[^@\s'/]+\/)?[^@\s']+)@[^:]*'?:\s*$/.exec(line);
      if (m?.[1]) names.add(m[1]);
    }
  }
  return names;
}

/**
 * Why a runner's package is not allowed, or null: it must be in the lockfile, or be the pinned
 * package manager at exactly the version `packageManager` names.
 */
export function refusal(spec, lockNames, packageManager) {
  const name = packageName(spec);
  if (spec === packageManager) return null;
  if (name === packageName(packageManager))
    return `${spec}: the package manager must be pinned to ${packageManager} (package.json "packageManager")`;
  if (lockNames.has(name)) return null;
  return `${spec}: not in pnpm-lock.yaml, so the npm registry decides what runs`;
}
