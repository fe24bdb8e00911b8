/**
 * Quoting for the text the bundle asks the operator to run: nothing from the document reaches SQL or a
 * shell line unquoted. Each function follows its language's own rule.
 */

/** A POSIX shell word: single quotes, with each `'` closed, escaped and reopened. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A standard SQL string literal (`'` doubled); MySQL also treats `\` as an escape, so it is doubled too. */
export function sqlString(text: string, backslashEscapes = false): string {
  const t = backslashEscapes ? text.replace(/\\/g, '\\\\') : text;
  return `'${t.replace(/'/g, "''")}'`;
}

/** A MySQL identifier: backquotes, with each backquote doubled. */
export function mysqlIdentifier(text: string): string {
  return '`' + text.replace(/`/g, '``') + '`';
}

/** A standard SQL delimited identifier (PostgreSQL, Oracle, Db2): double quotes, each doubled. */
export function sqlIdentifier(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A SQL Server identifier: brackets, with each closing bracket doubled. */
export function mssqlIdentifier(text: string): string {
  return `[${text.replace(/]/g, ']]')}]`;
}

/** A fenced Markdown code block whose fence no line of the content can close. */
export function fenced(language: string, lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((m) => m.length)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, ...lines, fence];
}
