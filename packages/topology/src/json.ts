/**
 * JSON with errors that say where: `JSON.parse` for the value, and on failure a small scanner that
 * finds the first offending character (Node's own messages carry no position for many errors).
 */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly message: string;
      readonly line: number;
      readonly column: number;
    };

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new JsonLocatedError(what, this.i);
  }
  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i] ?? '')) this.i++;
  }
  value(depth: number): void {
    if (depth > 512) this.fail('nesting too deep');
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail(
      c === undefined
        ? 'unexpected end of the file; a value is missing'
        : `unexpected ${JSON.stringify(c)}; expected a value`,
    );
  }
  object(depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('expected a property name in double quotes');
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('expected ":" after the property name');
      this.i++;
      this.value(depth + 1);
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return;
      }
      if (c !== ',') this.fail('expected "," or "}" after a property');
      const comma = this.i++;
      this.ws();
      if (this.s[this.i] === '}') {
        this.i = comma;
        this.fail('trailing comma before "}"');
      }
    }
  }
  array(depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return;
      }
      if (c !== ',') this.fail('expected "," or "]" after an array element');
      const comma = this.i++;
      this.ws();
      if (this.s[this.i] === ']') {
        this.i = comma;
        this.fail('trailing comma before "]"');
      }
    }
  }
  string(): void {
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i] ?? '';
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const e = this.s[this.i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6)))
            this.fail('bad \\u escape');
          this.i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '') this.fail('bad escape in a string');
        this.i += 2;
        continue;
      }
      if (c < ' ') this.fail('control character (such as a line break) inside a string');
      this.i++;
    }
    this.fail('unterminated string');
  }
  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail('malformed number');
    this.i += m[0].length;
  }
}

class JsonLocatedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const scanner = new Scanner(text);
    try {
      scanner.value(0);
      scanner.ws();
      if (scanner.i < text.length) scanner.fail('unexpected text after the end of the document');
    } catch (located) {
      if (located instanceof JsonLocatedError) {
        return { ok: false, message: located.message, ...locate(text, located.offset) };
      }
      throw located;
    }
    return { ok: false, message: e instanceof Error ? e.message : String(e), line: 1, column: 1 };
  }
}
