/**
 * `pnpm install` with a short output: pnpm's own lines pass through, the output of dependencies'
 * install scripts (better-sqlite3 compiling from source prints hundreds of compiler lines when no
 * prebuilt binary can be fetched) goes to a log file, and the terminal gets one status line per
 * package that compiles, and the log's last lines if it fails.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';

/** `.../node_modules/better-sqlite3 install$ prebuild-install || …` and `… install: <line>`. */
const LIFECYCLE =
  /^(?:\S*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+) (preinstall|install|postinstall|prepare)([$:]) ?(.*)$/;
/** Lines that mean a native build from source is under way. */
const COMPILING =
  /node-gyp rebuild|^gyp info spawn make|^make: Entering|CXX\(target\)|CC\(target\)/;

export const BUILD_NEEDS =
  'Python 3, make and a C++ compiler (Debian/Ubuntu: apt-get install python3 make g++; macOS: xcode-select --install)';

function lines(stream, onLine) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const parts = (rest + chunk).split(/\r?\n/);
    rest = parts.pop() ?? '';
    for (const line of parts) onLine(line);
  });
  stream.on('end', () => {
    if (rest !== '') onLine(rest);
  });
}

/**
 * Runs the install command; resolves to its exit code. `log` is truncated first and receives every
 * line of every dependency's install script.
 */
export function installQuietly(command, args, { cwd, log, displayLog = log }) {
  writeFileSync(log, `# ${[command, ...args].join(' ')} (${new Date().toISOString()})\n`);
  const packages = new Map();
  const child = spawn(command, args, { cwd, stdio: ['inherit', 'pipe', 'pipe'] });

  const onLine = (write) => (line) => {
    const m = LIFECYCLE.exec(line);
    if (!m) {
      write(`${line}\n`);
      return;
    }
    appendFileSync(log, `${line}\n`);
    const [, pkg = '?', , marker, text = ''] = m;
    let state = packages.get(pkg);
    if (!state) {
      state = { lines: 0, compiling: false, failed: false, tail: [] };
      packages.set(pkg, state);
    }
    state.lines += 1;
    state.tail.push(line);
    if (state.tail.length > 25) state.tail.shift();
    if (marker === ':' && !state.compiling && COMPILING.test(text)) {
      state.compiling = true;
      console.log(
        `  ${pkg}: no prebuilt binary could be fetched for Node ${process.version} on ${process.platform}-${process.arch}; ` +
          `compiling it from source (needs ${BUILD_NEEDS.split(' (')[0]}; a minute or two). Output: ${displayLog}`,
      );
    }
    if (marker === ':' && text === 'Done' && state.compiling)
      console.log(`  ${pkg}: compiled from source (${state.lines} lines in ${displayLog})`);
    if (marker === ':' && text === 'Failed') state.failed = true;
  };
  lines(
    child.stdout,
    onLine((t) => process.stdout.write(t)),
  );
  lines(
    child.stderr,
    onLine((t) => process.stderr.write(t)),
  );

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      for (const [pkg, state] of packages) {
        if (!state.failed) continue;
        console.error(
          `\n✖ The install script of ${pkg} failed. The last lines of ${displayLog}:\n` +
            state.tail.map((l) => `    ${l}`).join('\n') +
            (state.compiling
              ? `\n  No prebuilt binary could be fetched, and compiling it from source needs ${BUILD_NEEDS}.`
              : ''),
        );
      }
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
