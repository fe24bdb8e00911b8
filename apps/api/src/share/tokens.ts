/** Ids and edit tokens: random, URL-safe, with at least 128 bits of entropy. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 bits: unguessable, and short enough for a link. */
export function newShareId(): string {
  return randomBytes(16).toString('base64url');
}

/** 256 bits: the capability to edit. */
export function newEditToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token against the stored hash. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
