/** Control characters and line separators: they would end a comment or a line, or hide text. */
// eslint-disable-next-line no-control-regex
const BREAKING = /[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g;

/** User text on one line of a comment or a plain-text file: breaking characters become spaces. */
export function oneLine(text: string): string {
  return text.replace(BREAKING, ' ');
}
