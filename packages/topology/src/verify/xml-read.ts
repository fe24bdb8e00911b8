/**
 * A small XML reader for WSO2's 2.x configuration files: elements, attributes, text, CDATA; comments,
 * processing instructions and a DOCTYPE without entities are skipped. Only the five predefined
 * entities and character references are expanded (no DTD, no external entity: nothing is fetched
 * and nothing grows). Errors say the line and column.
 */
import type { XmlElement } from '../render/xml.js';

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const MAX_DEPTH = 256;

export function parseXml(text: string): XmlElement {
  let at = 0;
  const fail = (message: string, where = at): never => {
    const before = text.slice(0, where).split('\n');
    throw new XmlSyntaxError(message, before.length, (before[before.length - 1]?.length ?? 0) + 1);
  };
  const decode = (raw: string, where: number) =>
    raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);|&/g, (m, ref: string | undefined) => {
      if (ref === undefined) return fail('a bare "&" (write &amp;)', where);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : fail(`bad character reference ${m}`, where);
      }
      return (
        PREDEFINED[ref] ?? fail(`unknown entity ${m} (only the predefined ones are read)`, where)
      );
    });
  const name = (): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(text);
    if (!m) return fail('a name was expected');
    at += m[0].length;
    return m[0];
  };
  const space = () => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  };
  const skipUntil = (end: string, what: string) => {
    const i = text.indexOf(end, at);
    if (i < 0) fail(`unterminated ${what}`);
    at = i + end.length;
  };
  /** Comments, processing instructions and a DOCTYPE before or between elements. */
  const misc = () => {
    for (;;) {
      space();
      if (text.startsWith('<!--', at)) skipUntil('-->', 'comment');
      else if (text.startsWith('<?', at)) skipUntil('?>', 'processing instruction');
      else if (text.startsWith('<!DOCTYPE', at)) {
        const end = text.indexOf('>', at);
        const decl = text.slice(at, end < 0 ? text.length : end);
        if (decl.includes('[')) fail('a DOCTYPE with an internal subset (entities) is not read');
        if (end < 0) fail('unterminated DOCTYPE');
        at = end + 1;
      } else return;
    }
  };
  const element = (depth: number): XmlElement => {
    if (depth > MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH}`);
    if (text[at] !== '<') fail('"<" was expected');
    at++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      space();
      if (text.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[at] === '>') {
        at++;
        break;
      }
      const attr = name();
      space();
      if (text[at] !== '=') fail(`"=" expected after attribute ${attr}`);
      at++;
      space();
      const quote = text[at];
      if (quote !== '"' && quote !== "'")
        return fail(`attribute ${attr}: a quoted value was expected`);
      const end = text.indexOf(quote, at + 1);
      if (end < 0) fail(`attribute ${attr}: unterminated value`);
      attributes[attr] = decode(text.slice(at + 1, end), at);
      at = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    let textRun = '';
    for (;;) {
      if (at >= text.length) fail(`<${tag}> is not closed`);
      if (text.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        space();
        if (text[at] !== '>') fail('">" was expected');
        at++;
        if (textRun.trim() !== '') children.push(textRun.trim());
        return { name: tag, attributes, children };
      }
      if (text.startsWith('<![CDATA[', at)) {
        const end = text.indexOf(']]>', at);
        if (end < 0) fail('unterminated CDATA section');
        textRun += text.slice(at + 9, end);
        at = end + 3;
      } else if (text.startsWith('<!--', at)) skipUntil('-->', 'comment');
      else if (text.startsWith('<?', at)) skipUntil('?>', 'processing instruction');
      else if (text[at] === '<') {
        if (textRun.trim() !== '') children.push(textRun.trim());
        textRun = '';
        children.push(element(depth + 1));
      } else {
        const next = text.indexOf('<', at);
        const end = next < 0 ? text.length : next;
        textRun += decode(text.slice(at, end), at);
        at = end;
      }
    }
  };
  if (text.charCodeAt(0) === 0xfeff) at = 1;
  misc();
  if (at >= text.length) fail('no root element');
  const root = element(0);
  misc();
  if (at < text.length) fail('content after the root element');
  return root;
}

/** An element's name without its namespace prefix. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Child elements. */
export function elements(el: XmlElement): XmlElement[] {
  return (el.children ?? []).filter((c): c is XmlElement => typeof c !== 'string');
}

/** The element's text (its string children joined). */
export function textOf(el: XmlElement): string {
  return (el.children ?? [])
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .trim();
}

const STEP = /^([^[\]]+)(?:\[(@?)([^=\]]+)='([^']*)'\])?$/;

/**
 * The element at a path the 2.x fragments use: `/Server/Ports/Offset`,
 * `/datasources-configuration/datasources/datasource[name='WSO2AM_DB']` (a child's text),
 * `/UserManager/Realm/Configuration/Property[@name='dataSource']` (an attribute).
 */
export function elementAt(root: XmlElement, path: string): XmlElement | undefined {
  const steps = path.split('/').filter(Boolean);
  const [first, ...rest] = steps;
  const matches = (el: XmlElement, step: string) => {
    const m = STEP.exec(step);
    if (!m?.[1] || localName(el.name) !== m[1]) return false;
    if (m[3] === undefined) return true;
    if (m[2] === '@') return el.attributes?.[m[3]] === m[4];
    return elements(el).some((c) => localName(c.name) === m[3] && textOf(c) === m[4]);
  };
  if (!first || !matches(root, first)) return undefined;
  let cursor: XmlElement | undefined = root;
  for (const step of rest) {
    cursor = cursor && elements(cursor).find((c) => matches(c, step));
    if (!cursor) return undefined;
  }
  return cursor;
}
