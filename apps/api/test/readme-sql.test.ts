/**
 * The bundle README's SQL for a PostgreSQL database runs as it is written, on a real PostgreSQL (the
 * api project's test cluster), and a hostile user name stays one name (issue 14: nothing from the
 * document reaches SQL unquoted).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTopology, render } from '@apim-designer/topology';
import { afterAll, describe, expect, inject, it } from 'vitest';

const url = inject('databaseUrl');
const work = mkdtempSync(join(tmpdir(), 'apim-readme-sql-'));
const suffix = Date.now().toString(36);
const user = `apim "user"; DROP ROLE x; -- ${suffix}`;
const apimDb = `apim_db_${suffix}`;
const sharedDb = `Shared-DB_${suffix}`;

function psql(sql: string): string {
  const file = join(work, `${Math.random().toString(36).slice(2)}.sql`);
  writeFileSync(file, sql);
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-At', '-f', file], {
    encoding: 'utf8',
  });
}

/** The fenced ```sql blocks of the README. */
function sqlBlocks(readme: string): string[] {
  return [...readme.matchAll(/^(`{3,})sql\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] ?? '');
}

afterAll(() => {
  psql(
    [
      `DROP DATABASE IF EXISTS "${apimDb}";`,
      `DROP DATABASE IF EXISTS "${sharedDb}";`,
      `DROP ROLE IF EXISTS "${user.replace(/"/g, '""')}";`,
    ].join('\n'),
  );
  rmSync(work, { recursive: true, force: true });
});

describe("the bundle README's PostgreSQL statements", () => {
  it('create the user and the databases on a real PostgreSQL, with the hostile name as one name', () => {
    const parsed = parseTopology({
      schemaVersion: 1,
      name: 'sql',
      apimVersion: '4.4.0',
      nodes: [
        { id: 'aio', kind: 'all-in-one', name: 'aio', host: 'aio.example.com' },
        {
          id: 'db',
          kind: 'database',
          name: 'db',
          host: 'db.example.com',
          engine: 'postgresql',
          username: user,
          password: '$env{DB_PASSWORD}',
          apimDbName: apimDb,
          sharedDbName: sharedDb,
        },
      ],
      edges: [{ source: 'db', target: 'aio' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const bundle = render(parsed.topology);
    if (!bundle.ok) throw new Error(JSON.stringify(bundle.diagnostics));
    const readme = bundle.files.find((f) => f.path === 'README.md')?.contents ?? '';
    const [sql, ...others] = sqlBlocks(readme);
    expect(others).toEqual([]);
    psql(sql ?? '');
    // One role, named exactly as the design says; no other statement ran.
    expect(psql(`SELECT rolname FROM pg_roles WHERE rolname LIKE '%${suffix}';`).trim()).toBe(user);
    expect(
      psql(
        `SELECT datname || ' ' || pg_get_userbyid(datdba) FROM pg_database WHERE datname LIKE '%${suffix}' ORDER BY 1;`,
      )
        .trim()
        .split('\n'),
    ).toEqual([`${sharedDb} ${user}`, `${apimDb} ${user}`].sort());
  });
});
