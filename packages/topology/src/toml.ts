/**
 * The one module that owns the TOML library (docs/decisions/0001). Generators build files as data:
 * a header comment and sections, each a table with its values and an optional comment. Each section is
 * serialized by the library and the results are joined; since the library never writes an empty
 * parent header, and `serializeToml` refuses a table defined twice or root keys after a table, the
 * joined text is one valid document. Tests parse every generated file back.
 */
import { parse, stringify, TomlError } from 'smol-toml';
import { oneLine } from './text.js';

export type TomlScalar = string | number | boolean;
export type TomlValue = TomlScalar | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export interface TomlSection {
  /** Table path, e.g. `['apim', 'throttling']`; `[]` for root keys. */
  readonly table: readonly string[];
  /** `[[table]]` (one element of an array of tables) instead of `[table]`. */
  readonly arrayOfTables?: boolean;
  /** Comment lines written above the table. */
  readonly comment?: readonly string[];
  readonly values: TomlTable;
}

export interface TomlFile {
  readonly header: readonly string[];
  readonly sections: readonly TomlSection[];
}

/** A comment line: TOML forbids control characters (and a newline would end the comment). */
export function commentLine(text: string): string {
  const clean = oneLine(text);
  return clean.length > 0 ? `# ${clean}` : '#';
}

function nest(section: TomlSection): TomlTable {
  let value: TomlValue = section.arrayOfTables ? [section.values] : section.values;
  for (let i = section.table.length - 1; i >= 0; i--) {
    value = { [section.table[i] as string]: value };
  }
  return value as TomlTable;
}

export function serializeToml(file: TomlFile): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  if (file.header.length > 0) parts.push(file.header.map(commentLine).join('\n') + '\n');
  let sawTable = false;
  for (const section of file.sections) {
    const key = section.table.join('\u0000');
    if (section.table.length === 0) {
      if (sawTable) throw new Error('root keys must come before the first table');
    } else {
      sawTable = true;
    }
    if (!section.arrayOfTables) {
      if (seen.has(key)) throw new Error(`table [${section.table.join('.')}] defined twice`);
      seen.add(key);
    }
    const body = stringify(nest(section));
    const comment = section.comment?.map(commentLine).join('\n');
    parts.push(comment ? `${comment}\n${body}` : body);
  }
  return parts.join('\n');
}

function cloneTable(t: TomlTable): TomlTable {
  return JSON.parse(JSON.stringify(t)) as TomlTable;
}

/** What the file means: the merged data, as a TOML parser reads it back. */
export function tomlData(file: TomlFile): TomlTable {
  const out: TomlTable = {};
  for (const section of file.sections) {
    let cursor: TomlTable = out;
    section.table.forEach((segment, i) => {
      const last = i === section.table.length - 1;
      if (last && section.arrayOfTables) {
        const arr = (cursor[segment] ??= []) as TomlValue[];
        arr.push(cloneTable(section.values));
        return;
      }
      const next = cursor[segment];
      if (Array.isArray(next)) {
        cursor = next[next.length - 1] as TomlTable;
      } else {
        cursor = (cursor[segment] ??= {}) as TomlTable;
      }
    });
    if (!section.arrayOfTables) Object.assign(cursor, cloneTable(section.values));
  }
  return out;
}

export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'TomlSyntaxError';
  }
}

export function parseToml(text: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new TomlSyntaxError(e.message.split('\n')[0] ?? e.message, e.line, e.column);
    }
    throw e;
  }
}
