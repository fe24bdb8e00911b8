import { describe, expect, it } from 'vitest';
import { bearerToken, etagFor, ifMatchAllows } from './etag.js';

describe('etags', () => {
  it('quotes the revision', () => {
    expect(etagFor(3)).toBe('"3"');
  });

  it.each([
    ['"3"', true],
    ['W/"3"', true],
    ['"2", "3"', true],
    ['*', true],
    ['"2"', false],
    ['3', false],
    ['"33"', false],
  ])('If-Match %s against revision 3 → %s', (header, expected) => {
    expect(ifMatchAllows(header, 3)).toBe(expected);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header', () => {
    expect(bearerToken('Bearer abc_-1')).toBe('abc_-1');
    expect(bearerToken('bearer abc')).toBe('abc');
  });

  it.each([undefined, '', 'Basic abc', 'Bearer', 'Bearer a b'])('rejects %j', (header) => {
    expect(bearerToken(header)).toBeUndefined();
  });
});
