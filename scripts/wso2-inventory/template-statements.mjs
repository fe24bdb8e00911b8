// The `{% ... %}` statements of a template, for the Walker (template-walker.mjs): `if`/`elif` conditions,
// `for` loops (loop variables bound to `<iterable>[]`), `set` aliases, `macro` parameters and the
// scopes of `call`/`filter`/`with` blocks. Everything else is skipped; an unknown statement throws.
import { Parser } from './jinja.mjs';

// prettier-ignore
const IGNORED = new Set(['raw', 'endraw', 'autoescape', 'endautoescape', 'do', 'include', 'import', 'from',
  'extends', 'block', 'endblock']);
const PASS_THROUGH_FILTERS = ['default', 'list', 'sort', 'reverse', 'unique'];

/** Handles one statement tag's body for the walker `w`. */
export function stmt(w, body, line) {
  const m = /^([A-Za-z_]+)\b\s*([\s\S]*)$/.exec(body);
  if (!m) return;
  const [, kw, rest] = m;
  const P = (s) => new Parser(s);
  switch (kw) {
    case 'if':
    case 'elif': {
      const p = P(rest);
      const e = p.parseExpr();
      w.visit(e, 'cond');
      return;
    }
    case 'else':
    case 'endif':
      return;
    case 'for': {
      const mm = /^([\s\S]+?)\s+in\s+([\s\S]+)$/.exec(rest);
      const targets = mm[1]
        .split(',')
        .map((s) =>
          s
            .trim()
            .replace(/^\(|\)$/g, '')
            .trim(),
        )
        .filter(Boolean);
      const iterSrc = mm[2].trim();
      let filt = null;
      // "for x in y if cond" / "recursive"
      const p = P(iterSrc);
      const iter = p.parseOr();
      if (p.isName('if')) {
        p.next();
        filt = p.parseExpr();
      }
      w.scopes.push(new Map());
      bindLoop(w, targets, iter);
      if (filt) w.visit(filt, 'cond');
      return;
    }
    case 'endfor':
      w.scopes.pop();
      return;
    case 'set': {
      const mm = /^([\s\S]+?)\s*=\s*([\s\S]+)$/.exec(rest);
      if (!mm) {
        w.pendingSetBlock = true;
        return;
      }
      const names = mm[1].split(',').map((s) => s.trim());
      const e = P(mm[2]).parseExpr();
      w.visit(e);
      const p = names.length === 1 ? aliasPath(w, e) : null;
      for (const n of names) w.bind(n, p ? { path: p } : null);
      return;
    }
    case 'endset':
      return;
    case 'macro': {
      const mm = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)\s*$/.exec(rest);
      w.bind(mm ? mm[1] : rest, null);
      w.scopes.push(new Map());
      if (mm) {
        const params = mm[2].split(',').map((s) => s.split('=')[0].trim());
        for (const a of params.filter(Boolean)) w.bind(a, null);
      }
      return;
    }
    case 'endmacro':
      w.scopes.pop();
      return;
    case 'call':
    case 'filter':
    case 'with':
      w.scopes.push(new Map());
      return;
    case 'endcall':
    case 'endfilter':
    case 'endwith':
      w.scopes.pop();
      return;
    default:
      if (IGNORED.has(kw)) return;
      throw new Error(`unknown statement '${kw}' at line ${line}`);
  }
}

/** `{% set x = a.b %}`, `a.b | default(..)`, `a.b if a.b is defined else []`: the aliased path. */
function aliasPath(w, e) {
  if (e.k === 'cond') return aliasPath(w, e.then) || (e.alt ? aliasPath(w, e.alt) : null);
  if (e.k === 'bin' && e.op === 'or') return aliasPath(w, e.a);
  return w.pathOf(e);
}

function bindLoop(w, targets, iter) {
  // .items() / .keys() / .values() over a table
  if (
    iter.k === 'call' &&
    iter.f.k === 'attr' &&
    ['items', 'keys', 'values'].includes(iter.f.name)
  ) {
    const p = w.pathOf(iter.f.e);
    if (p) {
      w.note(p, 'iterated-items').hints.add('freeform');
    } else w.visit(iter.f.e);
    for (const t of targets) w.bind(t, null);
    return;
  }
  if (iter.k === 'call' && iter.f.k === 'attr' && iter.f.name === 'toList') {
    const p = w.pathOf(iter.f.e);
    if (p) {
      bindElements(w, p, targets);
      return;
    }
  }
  let base = iter;
  while (base.k === 'filter' && PASS_THROUGH_FILTERS.includes(base.name)) base = base.e;
  const p = w.pathOf(base);
  if (p) {
    bindElements(w, p, targets);
  } else {
    w.visit(iter);
    targets.forEach((t) => w.bind(t, null));
  }
}

/** `p` is iterated: one loop variable stands for `p[]`, several (unpacking) for nothing known. */
function bindElements(w, p, targets) {
  w.note(p, 'iterated').hints.add('array');
  if (targets.length === 1) w.bind(targets[0], { path: `${p}[]`, elemOf: p });
  else targets.forEach((t) => w.bind(t, null));
}
