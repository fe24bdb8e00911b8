import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newEditToken, newShareId, tokenMatches } from './tokens.js';

describe('tokens', () => {
  it('makes ids of 128 bits and tokens of 256 bits, base64url', () => {
    const id = newShareId();
    const token = newEditToken();
    expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(Array.from({ length: 200 }, newShareId)).size).toBe(200);
  });

  it('hashes with sha-256 and matches only the right token', () => {
    const token = newEditToken();
    const hash = hashToken(token);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(token + 'x', hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches(token, 'not-hex')).toBe(false);
  });
});
