#!/usr/bin/env node
// `npm run bench` runs this after installing and building (scripts/run.mjs). The suite lives in the
// workspace package bench/ (@apim-designer/bench); this only runs its build with the arguments given,
// e.g. `node scripts/bench.mjs --only core --quick`, and passes its exit code on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'bench/dist/main.js');
if (!existsSync(main)) {
  console.error(
    `✖ ${main} is missing: run \`npm run bench\` (it builds first) or \`pnpm run build\`.`,
  );
  process.exit(1);
}
const res = spawnSync(process.execPath, [main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
if (res.error) throw res.error;
process.exit(res.status ?? 1);
