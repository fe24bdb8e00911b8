import { describe, expect, it } from 'vitest';
import {
  fenced,
  mssqlIdentifier,
  mysqlIdentifier,
  shellWord,
  sqlIdentifier,
  sqlString,
} from './quote.js';

describe('quoting user text for the README', () => {
  const hostile = "u'@'%'; DROP DATABASE x; -- \\ ` \" ]";
  it('SQL strings double the quote (and, for MySQL, the backslash)', () => {
    expect(sqlString(hostile)).toBe("'u''@''%''; DROP DATABASE x; -- \\ ` \" ]'");
    expect(sqlString(hostile, true)).toBe("'u''@''%''; DROP DATABASE x; -- \\\\ ` \" ]'");
  });
  it('identifiers double their own delimiter', () => {
    expect(mysqlIdentifier('a`b')).toBe('`a``b`');
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
    expect(mssqlIdentifier('a]b')).toBe('[a]]b]');
  });
  it('a shell word stays one word, whatever it holds', () => {
    expect(shellWord('db.example.com')).toBe('db.example.com');
    expect(shellWord("it's; rm -rf / $(x) `y`")).toBe("'it'\\''s; rm -rf / $(x) `y`'");
    expect(shellWord('')).toBe("''");
  });
  it('a fence longer than any backtick run in the block', () => {
    expect(fenced('sql', ['SELECT 1;'])[0]).toBe('```sql');
    expect(fenced('sql', ['a ```` b'])[0]).toBe('`````sql');
  });
});
