// A small Jinja reader, enough to find the keys a WSO2 config-mapper template reads (no rendering):
// the template lexer (statement / expression tags), the expression lexer and a recursive-descent
// parser into a small AST. Jinjava-only `||`, `&&` and `!` are accepted as `or`, `and` and `not`.
//
// AST nodes ({k: kind, ...}): lit {v}, name {v}, attr {e, name}, sub {e, idx}, call {f, args},
// filter {e, name, args}, test {e, name, neg, args}, cmp {op, a, b}, bin {op, a, b}, not {e},
// neg {e}, cond {test, then, alt}, list {items} (lists, tuples and dicts alike).

/** Splits a template into statement / expression tags (comments and text dropped). */
export function lexTemplate(src) {
  const tags = [];
  let i = 0;
  while (i < src.length) {
    const a = src.indexOf('{', i);
    if (a < 0) break;
    const c = src[a + 1];
    if (c === '#') {
      const e = src.indexOf('#}', a + 2);
      i = e < 0 ? src.length : e + 2;
      continue;
    }
    if (c !== '{' && c !== '%') {
      i = a + 1;
      continue;
    }
    const close = c === '{' ? '}}' : '%}';
    // scan to the closing delimiter, skipping string literals
    let j = a + 2,
      q = null;
    while (j < src.length) {
      const ch = src[j];
      if (q) {
        if (ch === '\\') j++;
        else if (ch === q) q = null;
      } else if (ch === '"' || ch === "'") q = ch;
      else if (src.startsWith(close, j)) break;
      j++;
    }
    let body = src.slice(a + 2, j);
    body = body.replace(/^-/, '').replace(/-$/, '').trim();
    const line = src.slice(0, a).split('\n').length;
    tags.push({ kind: c === '{' ? 'expr' : 'stmt', body, line });
    i = j + 2;
  }
  return tags;
}

// prettier-ignore
const PUNCT = ['==', '!=', '<=', '>=', '//', '**', '||', '&&', '(', ')', '[', ']', '{', '}', ',', ':', '.', '|',
  '+', '-', '*', '/', '%', '<', '>', '~', '=', '!'];

/** Tokens of one expression: {t: 'str'|'num'|'name'|'op'|'eof', v}. */
export function lexExpr(s) {
  const toks = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1,
        v = '';
      while (j < s.length && s[j] !== ch) {
        if (s[j] === '\\' && j + 1 < s.length) {
          v += s[j + 1];
          j += 2;
        } else v += s[j++];
      }
      toks.push({ t: 'str', v });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(s.slice(i));
      toks.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(s.slice(i));
      toks.push({ t: 'name', v: m[0] });
      i += m[0].length;
      continue;
    }
    const p = PUNCT.find((x) => s.startsWith(x, i));
    if (!p) throw new Error(`unexpected '${ch}' in: ${s}`);
    toks.push({ t: 'op', v: p });
    i += p.length;
  }
  toks.push({ t: 'eof' });
  return toks;
}

const COMPARE = ['==', '!=', '<', '>', '<=', '>='];
const END_OPS = [')', ']', '}', ','];
const END_NAMES = ['and', 'or', 'if', 'else'];

/** Parses one expression: `new Parser(src).parseExpr()`; throws on what it cannot read. */
export class Parser {
  constructor(src) {
    this.toks = lexExpr(src);
    this.i = 0;
    this.src = src;
  }
  peek(o = 0) {
    return this.toks[this.i + o];
  }
  next() {
    return this.toks[this.i++];
  }
  isOp(v, o = 0) {
    const t = this.peek(o);
    return t.t === 'op' && t.v === v;
  }
  isName(v, o = 0) {
    const t = this.peek(o);
    return t.t === 'name' && t.v === v;
  }
  expect(v) {
    const t = this.next();
    if (!((t.t === 'op' || t.t === 'name') && t.v === v)) {
      throw new Error(`expected '${v}' in: ${this.src}`);
    }
  }
  parseExpr() {
    return this.parseCond();
  }
  parseCond() {
    let e = this.parseOr();
    while (this.isName('if')) {
      this.next();
      const test = this.parseOr();
      let alt = null;
      if (this.isName('else')) {
        this.next();
        alt = this.parseCond();
      }
      e = { k: 'cond', test, then: e, alt };
    }
    return e;
  }
  parseOr() {
    let e = this.parseAnd();
    while (this.isName('or') || this.isOp('||')) {
      this.next();
      e = { k: 'bin', op: 'or', a: e, b: this.parseAnd() };
    }
    return e;
  }
  parseAnd() {
    let e = this.parseNot();
    while (this.isName('and') || this.isOp('&&')) {
      this.next();
      e = { k: 'bin', op: 'and', a: e, b: this.parseNot() };
    }
    return e;
  }
  parseNot() {
    if (this.isName('not') || this.isOp('!')) {
      this.next();
      return { k: 'not', e: this.parseNot() };
    }
    return this.parseCompare();
  }
  parseCompare() {
    let e = this.parseAdd();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && COMPARE.includes(t.v)) {
        this.next();
        e = { k: 'cmp', op: t.v, a: e, b: this.parseAdd() };
      } else if (this.isName('in')) {
        this.next();
        e = { k: 'cmp', op: 'in', a: e, b: this.parseAdd() };
      } else if (this.isName('not') && this.peek(1).t === 'name' && this.peek(1).v === 'in') {
        this.next();
        this.next();
        e = { k: 'cmp', op: 'not in', a: e, b: this.parseAdd() };
      } else if (this.isName('is')) {
        e = this.parseTest(e);
      } else break;
    }
    return e;
  }
  parseTest(e) {
    this.next();
    let neg = false;
    if (this.isName('not')) {
      this.next();
      neg = true;
    }
    const name = this.next().v;
    const targs = [];
    if (this.isOp('(')) {
      this.next();
      while (!this.isOp(')')) {
        targs.push(this.parseExpr());
        if (this.isOp(',')) this.next();
      }
      this.next();
    } else if (['sameas', 'equalto', 'eq'].includes(name) && !this.isEnd()) {
      targs.push(this.parseAdd());
    }
    return { k: 'test', e, name, neg, args: targs };
  }
  isEnd() {
    const t = this.peek();
    return (
      t.t === 'eof' ||
      (t.t === 'op' && END_OPS.includes(t.v)) ||
      (t.t === 'name' && END_NAMES.includes(t.v))
    );
  }
  parseAdd() {
    let e = this.parseMul();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && ['+', '-', '~'].includes(t.v)) {
        this.next();
        e = { k: 'bin', op: t.v, a: e, b: this.parseMul() };
      } else break;
    }
    return e;
  }
  parseMul() {
    let e = this.parseUnary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && ['*', '/', '//', '%', '**'].includes(t.v)) {
        this.next();
        e = { k: 'bin', op: t.v, a: e, b: this.parseUnary() };
      } else break;
    }
    return e;
  }
  parseUnary() {
    if (this.isOp('-') || this.isOp('+')) {
      this.next();
      return { k: 'neg', e: this.parseUnary() };
    }
    return this.parseFilter(this.parsePostfix(this.parsePrimary()));
  }
  parseFilter(e) {
    while (this.isOp('|')) {
      this.next();
      let name = this.next().v;
      while (this.isOp('.')) {
        this.next();
        name += '.' + this.next().v;
      }
      const fargs = this.isOp('(') ? this.parseArgs() : [];
      e = this.parsePostfix({ k: 'filter', e, name, args: fargs });
    }
    return e;
  }
  /** `( a, b, name=c )` after the `(` is seen; keyword names are dropped. */
  parseArgs() {
    this.next();
    const args = [];
    while (!this.isOp(')')) {
      args.push(this.parseCallArg());
      if (this.isOp(',')) this.next();
    }
    this.next();
    return args;
  }
  parseCallArg() {
    if (this.peek().t === 'name' && this.isOp('=', 1)) {
      this.next();
      this.next();
    }
    return this.parseExpr();
  }
  parsePostfix(e) {
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const t = this.next();
        e = { k: 'attr', e, name: String(t.v) };
      } else if (this.isOp('[')) {
        this.next();
        const idx = this.isOp(':') ? { k: 'lit', v: null } : this.parseExpr();
        if (this.isOp(':')) {
          this.next();
          if (!this.isOp(']')) this.parseExpr();
        }
        this.expect(']');
        e = { k: 'sub', e, idx };
      } else if (this.isOp('(')) {
        e = { k: 'call', f: e, args: this.parseArgs() };
      } else break;
    }
    return e;
  }
  parsePrimary() {
    const t = this.next();
    if (t.t === 'str') {
      let v = t.v;
      while (this.peek().t === 'str') v += this.next().v; // implicit concatenation
      return { k: 'lit', v };
    }
    if (t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'name') {
      if (['true', 'True'].includes(t.v)) return { k: 'lit', v: true };
      if (['false', 'False'].includes(t.v)) return { k: 'lit', v: false };
      if (['none', 'None', 'null'].includes(t.v)) return { k: 'lit', v: null };
      return { k: 'name', v: t.v };
    }
    if (t.t === 'op' && t.v === '(') return this.parseParen();
    if (t.t === 'op' && t.v === '[') {
      const items = [];
      while (!this.isOp(']')) {
        items.push(this.parseExpr());
        if (this.isOp(',')) this.next();
      }
      this.next();
      return { k: 'list', items };
    }
    if (t.t === 'op' && t.v === '{') {
      const items = [];
      while (!this.isOp('}')) {
        items.push(this.parseExpr());
        if (this.isOp(':')) {
          this.next();
          items.push(this.parseExpr());
        }
        if (this.isOp(',')) this.next();
      }
      this.next();
      return { k: 'list', items };
    }
    throw new Error(`unexpected token ${JSON.stringify(t)} in: ${this.src}`);
  }
  /** After `(`: `()`, a tuple `(a, b)` or a parenthesised expression. */
  parseParen() {
    if (this.isOp(')')) {
      this.next();
      return { k: 'list', items: [] };
    }
    const e = this.parseExpr();
    if (this.isOp(',')) {
      const items = [e];
      while (this.isOp(',')) {
        this.next();
        if (this.isOp(')')) break;
        items.push(this.parseExpr());
      }
      this.expect(')');
      return { k: 'list', items };
    }
    this.expect(')');
    return e;
  }
  rest() {
    return this.peek().t === 'eof';
  }
}
