/** docker/check.mjs: passes on the repository, and fails on each kind of broken reference. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const script = join(repo, 'docker/check.mjs');

const FILES = [
  'docker',
  'scripts/run.mjs',
  'apps/api/README.md',
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  '.npmrc',
  'packages/topology/package.json',
  'apps/api/package.json',
  'apps/web/package.json',
];

function run(root: string) {
  const res = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
  return { status: res.status, out: res.stdout + res.stderr };
}

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A copy of the files the check reads, with one of them changed. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'apim-docker-check-'));
  copies.push(root);
  for (const f of FILES) cpSync(join(repo, f), join(root, f), { recursive: true });
  const target = join(root, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return root;
}

describe('docker/check.mjs', () => {
  it('passes on the repository', () => {
    const { status, out } = run(repo);
    expect(out).toMatch(/\d+ passed, 0 failed/);
    expect(status).toBe(0);
  });

  it('passes on an unchanged copy (the copy has what the check needs)', () => {
    expect(run(brokenCopy('docker/nginx.conf', (t) => t)).status).toBe(0);
  });

  it.each([
    [
      'a COPY of a missing file',
      'docker/Dockerfile',
      (t: string) => t.replace('.npmrc ./', 'missing.txt ./'),
      /COPY missing.txt/,
    ],
    [
      'a COPY from an unknown stage',
      'docker/Dockerfile',
      (t: string) => t.replace('--from=build /app/apps/web/dist', '--from=web /app/apps/web/dist'),
      /stage web is defined/,
    ],
    [
      'a COPY of something no stage builds',
      'docker/Dockerfile',
      (t: string) =>
        t.replace('/app/apps/api/dist ./apps/api/dist', '/app/apps/api/out ./apps/api/out'),
      /apps\/api\/out: exists or is produced/,
    ],
    [
      'a CMD that is not the README start',
      'docker/Dockerfile',
      (t: string) => t.replace('"apps/api/dist/server.js"]', '"apps/api/dist/main.js"]'),
      /is the README's start/,
    ],
    [
      'running as root',
      'docker/Dockerfile',
      (t: string) => t.replace('USER node\n', ''),
      /non-root user \(root\)/,
    ],
    [
      'no SPA in the image',
      'docker/Dockerfile',
      (t: string) => t.replace(/^COPY --from=build \/app\/apps\/web\/dist.*$/m, ''),
      /carries the built SPA/,
    ],
    [
      'depends_on an unknown service',
      'docker/compose.yaml',
      (t: string) =>
        t.replace('      db:\n        condition', '      database:\n        condition'),
      /depends_on database is a service/,
    ],
    [
      'a mounted file that does not exist',
      'docker/compose.yaml',
      (t: string) => t.replace('./nginx.conf:', './proxy.conf:'),
      /mounted file .\/proxy.conf exists/,
    ],
    [
      'a single replica',
      'docker/compose.yaml',
      (t: string) => t.replace('replicas: 2', 'replicas: 1'),
      /two replicas/,
    ],
    [
      'an upstream on the wrong port',
      'docker/nginx.conf',
      (t: string) => t.replace('designer:8080', 'designer:3000'),
      /nginx upstream is designer:8080/,
    ],
  ])('fails on %s', (_what, file, change, message) => {
    const { status, out } = run(brokenCopy(file, change));
    expect(out).toMatch(new RegExp(`^FAIL .*${message.source}`, 'm'));
    expect(status).toBe(1);
  });
});
