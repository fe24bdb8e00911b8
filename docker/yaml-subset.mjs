// The YAML the compose file is written in: block mappings and sequences of scalars, comments,
// quoted strings. No flow style, anchors or multi-line scalars: anything else is an error, so
// the compose file stays in a subset this check understands.

function scalar(text) {
  const t = text.trim();
  if (/^'.*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(t)) return JSON.parse(t);
  if (/^[[{&*|>]/.test(t)) throw new Error(`unsupported YAML: ${t}`);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === '' || t === 'null' || t === '~') return null;
  return t;
}

function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

export function parseYaml(text) {
  const lines = text
    .split('\n')
    .map((raw) => stripComment(raw).replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '')
    .map((l) => ({ indent: l.length - l.trimStart().length, text: l.trim() }));
  let i = 0;

  function block(indent) {
    const first = lines[i];
    if (!first || first.indent < indent) return null;
    const isSeq = first.text.startsWith('- ') || first.text === '-';
    const out = isSeq ? [] : {};
    while (i < lines.length && (lines[i]?.indent ?? -1) === first.indent) {
      const { text: t } = lines[i];
      i++;
      if (isSeq) {
        if (!t.startsWith('-')) throw new Error(`expected a list item: ${t}`);
        out.push(scalar(t.slice(1)));
        continue;
      }
      const m = /^([^:]+?):(?:\s+(.*))?$/.exec(t);
      if (!m) throw new Error(`expected key: value: ${t}`);
      const [, key, value] = m;
      out[key.trim()] =
        value === undefined || value === '' ? block(first.indent + 1) : scalar(value);
    }
    return out;
  }

  const doc = block(0);
  if (i < lines.length) throw new Error(`unexpected indentation at: ${lines[i]?.text}`);
  return doc ?? {};
}
