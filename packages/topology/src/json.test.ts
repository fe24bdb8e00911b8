import { describe, expect, it } from 'vitest';
import { parseJson } from './json.js';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,2,{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, 2, { b: null }] },
    });
  });
  it.each([
    ['{\n  "a": 1,\n  "nodes": [,]\n}', 3, 13, /expected a value/],
    ['{\n  "a": 1,\n}', 2, 9, /trailing comma/],
    ['{"a" 1}', 1, 6, /expected ":"/],
    ['{a: 1}', 1, 2, /property name in double quotes/],
    ['{"a": "x\ny"}', 1, 9, /control character/],
    ['[1, 2', 1, 6, /expected "," or "]"|end of the file/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['', 1, 1, /end of the file/],
  ])('says where %j is wrong', (text, line, column, message) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect({ line: r.line, column: r.column }).toEqual({ line, column });
    expect(r.message).toMatch(message);
  });
});
