// Walks parsed Jinja templates and records every key path they read (no rendering).
//
// A record per path: {uses: Set, sources: Set(file), hints: Set, literals: Set, templateDefault?}.
// Loop variables resolve to their iterable (`{% for e in apim.gateway.environment %}` + `e.name` ->
// `apim.gateway.environment[].name`), `{% set %}` aliases resolve to what they alias, `.items()` loops
// and dynamic subscripts mark free-form tables, `| default()` gives a default, `==` gives hints.
import { Parser, lexTemplate } from './jinja.mjs';
import { stmt } from './template-statements.mjs';

/** The record of `path` in `keys`, created when missing. */
export function rec(keys, path) {
  let r = keys.get(path);
  if (!r) {
    r = { uses: new Set(), sources: new Set(), hints: new Set(), literals: new Set() };
    keys.set(path, r);
  }
  return r;
}

const SEG_OK = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const seg = (s) => (SEG_OK.test(s) ? s : `'${s}'`);

// prettier-ignore
const BUILTIN_LOCALS = new Set(['loop', 'range', 'true', 'false', 'none', 'namespace', 'dict', 'lipsum',
  'cycler', 'joiner', 'super', 'self', 'varargs', 'kwargs', 'caller']);
// prettier-ignore
const ARRAY_FILTERS = new Set(['join', 'length', 'count', 'first', 'last', 'list', 'sort', 'unique',
  'reverse', 'map', 'select', 'reject', 'selectattr', 'rejectattr', 'batch', 'slice', 'sum', 'min', 'max']);
// prettier-ignore
const STRING_METHODS = new Set(['split', 'lower', 'upper', 'strip', 'replace', 'startswith', 'endswith']);
const TEST_EQ = new Set(['sameas', 'eq', 'equalto']);

/** The walker of one template: a scope stack over the shared `keys` records. */
export class Walker {
  constructor(file, keys) {
    this.file = file;
    this.keys = keys;
    this.scopes = [new Map()];
  }
  /** Records a `use` of `path` by this template; returns the record (undefined for no path). */
  note(path, use) {
    if (!path) return;
    const r = rec(this.keys, path);
    r.uses.add(use);
    if (this.file) r.sources.add(this.file);
    return r;
  }
  lookup(n) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      if (this.scopes[i].has(n)) return this.scopes[i].get(n);
    }
    return undefined;
  }
  bind(n, b) {
    this.scopes[this.scopes.length - 1].set(n, b);
  }
  /** The path denoted by an expression (no recording), or null. */
  pathOf(e) {
    switch (e.k) {
      case 'name': {
        const b = this.lookup(e.v);
        if (b !== undefined) return b && b.path ? b.path : null;
        if (BUILTIN_LOCALS.has(e.v)) return null;
        return e.v;
      }
      case 'attr': {
        const p = this.pathOf(e.e);
        if (!p) return null;
        return `${p}.${seg(e.name)}`;
      }
      case 'sub': {
        const p = this.pathOf(e.e);
        if (!p) return null;
        if (e.idx.k === 'lit' && typeof e.idx.v === 'string') return `${p}.${seg(e.idx.v)}`;
        if (e.idx.k === 'lit' && typeof e.idx.v === 'number') {
          this.note(p, 'indexed');
          return null;
        }
        this.note(p, 'dynamic-subscript');
        return null;
      }
      case 'filter':
        if (e.name === 'default') return this.pathOf(e.e);
        return null;
      default:
        return null;
    }
  }
  /** Visits an expression used as a value; `use` describes how. */
  visit(e, use = 'ref') {
    if (!e) return;
    switch (e.k) {
      case 'lit':
        return;
      case 'list':
        e.items.forEach((x) => this.visit(x));
        return;
      case 'name':
      case 'attr': {
        const p = this.pathOf(e);
        if (p) this.note(p, use);
        else if (e.k === 'attr') this.visitBase(e.e);
        return;
      }
      case 'sub': {
        const p = this.pathOf(e);
        if (p) this.note(p, use);
        else this.visitBase(e.e);
        if (!(e.idx.k === 'lit')) this.visit(e.idx);
        return;
      }
      case 'filter':
        return this.visitFilter(e, use);
      case 'test':
        return this.visitTest(e);
      case 'cmp': {
        const pa = this.pathOf(e.a),
          pb = this.pathOf(e.b);
        this.visit(e.a);
        this.visit(e.b);
        if (pa && e.b.k === 'lit') rec(this.keys, pa).literals.add(e.b.v);
        if (pb && e.a.k === 'lit') rec(this.keys, pb).literals.add(e.a.v);
        if (e.op === 'in' && pb) rec(this.keys, pb).hints.add('container');
        return;
      }
      case 'bin': {
        const how = e.op === 'and' || e.op === 'or' ? 'cond' : 'ref';
        this.visit(e.a, how);
        this.visit(e.b, how);
        return;
      }
      case 'not':
        this.visit(e.e, 'cond');
        return;
      case 'neg':
        this.visit(e.e);
        return;
      case 'cond':
        this.visit(e.test, 'cond');
        this.visit(e.then, use);
        if (e.alt) this.visit(e.alt, use);
        return;
      case 'call':
        return this.visitCall(e);
      default:
        return;
    }
  }
  visitFilter(e, use) {
    const p = this.pathOf(e.e);
    if (e.name === 'default') {
      if (p) {
        const r = this.note(p, use);
        const d = e.args[0];
        if (d && d.k === 'lit') r.templateDefault = d.v;
        if (d && d.k === 'list') r.hints.add('array');
      } else this.visit(e.e, use);
    } else {
      if (p) {
        const r = this.note(p, 'ref');
        if (ARRAY_FILTERS.has(e.name)) r.hints.add(e.name === 'length' ? 'length' : 'array');
      } else this.visit(e.e);
    }
    e.args.forEach((x) => this.visit(x));
  }
  visitTest(e) {
    const p = this.pathOf(e.e);
    if (p) {
      const r = this.note(
        p,
        e.name === 'defined' || e.name === 'undefined' ? 'defined-test' : 'ref',
      );
      if (e.name === 'sequence' || e.name === 'iterable') r.hints.add('array');
      if (TEST_EQ.has(e.name) && e.args[0] && e.args[0].k === 'lit') r.literals.add(e.args[0].v);
      if (e.name === 'number') r.hints.add('number');
      if (e.name === 'string') r.hints.add('string');
      if (e.name === 'mapping') r.hints.add('mapping');
    } else this.visit(e.e);
    e.args.forEach((x) => this.visit(x));
  }
  visitCall(e) {
    if (e.f.k === 'attr') {
      const p = this.pathOf(e.f.e);
      const m = e.f.name;
      if (p) {
        const r = this.note(p, 'ref');
        if (m === 'items' || m === 'keys' || m === 'values') r.hints.add('freeform');
        else if (m === 'toList') r.hints.add('array');
        else if (STRING_METHODS.has(m)) r.hints.add('string');
      } else this.visitBase(e.f.e);
    } else if (e.f.k !== 'name') this.visit(e.f);
    e.args.forEach((x) => this.visit(x));
  }
  /** Walks the sub-expressions of an attr/sub base that does not resolve to a path. */
  visitBase(e) {
    if (e.k === 'attr' || e.k === 'sub') {
      if (!this.pathOf(e)) this.visitBase(e.e);
      if (e.k === 'sub' && e.idx.k !== 'lit') this.visit(e.idx);
    } else if (e.k !== 'name') this.visit(e);
  }
  /** A `{% ... %}` tag's body (template-statements.mjs). */
  stmt(body, line) {
    stmt(this, body, line);
  }
}

/**
 * Walks templates in order over one shared set of records.
 * @param {{file: string, src: string}[]} templates
 * @returns {{keys: Map<string, object>, parseErrors: string[]}}
 */
export function walkTemplates(templates) {
  const keys = new Map();
  const parseErrors = [];
  for (const { file, src } of templates) {
    const w = new Walker(file, keys);
    for (const tag of lexTemplate(src)) {
      try {
        if (tag.kind === 'expr') {
          if (!tag.body) continue;
          const p = new Parser(tag.body);
          const e = p.parseExpr();
          w.visit(e, 'ref');
        } else w.stmt(tag.body, tag.line);
      } catch (err) {
        parseErrors.push(`${file}:${tag.line}: ${err.message}`);
      }
    }
  }
  return { keys, parseErrors };
}
