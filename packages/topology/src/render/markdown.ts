/** User text inside Markdown: one line, and nothing that Markdown or HTML would interpret. */
export function md(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
      .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
      .trim()
  );
}

/** User text inside an inline code span: no backticks (which would end it), one line. */
export function code(text: string): string {
  // eslint-disable-next-line no-control-regex
  return '`' + text.replace(/[\u0000-\u001f\u007f\u2028\u2029`]+/g, ' ') + '`';
}
