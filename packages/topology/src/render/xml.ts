/** XML built as data and serialized with escaping: user text can never become markup. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly children?: readonly (XmlElement | string)[];
}

export function el(
  name: string,
  attributes: Readonly<Record<string, string>> | undefined,
  ...children: (XmlElement | string)[]
): XmlElement {
  return attributes ? { name, attributes, children } : { name, children };
}

// XML 1.0 forbids most control characters even as references; they are dropped.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** A comment's text: no `--` (which would end it early) and no forbidden characters. */
export function commentText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/-{2,}/g, (m) => m.split('').join(' '))
    .replace(/-$/, '- ');
}

export function serializeXml(node: XmlElement, indent = ''): string {
  const attrs = Object.entries(node.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${indent}<${node.name}${attrs}>${children.map((c) => escapeText(String(c))).join('')}</${node.name}>`;
  }
  const inner = children
    .map((c) =>
      typeof c === 'string' ? `${indent}  ${escapeText(c)}` : serializeXml(c, `${indent}  `),
    )
    .join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}
