import { describe, expect, it } from 'vitest';
import { newSalt, saltedDigester, sha256Hex } from '../../../lib/cache/digest.ts';

describe('digests', () => {
  it('sha256Hex matches the standard test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('salted digests are 64 hex digits, stable per salt, different across salts', () => {
    const salt = newSalt();
    expect(salt).toHaveLength(32);
    const digest = saltedDigester(salt);
    const again = saltedDigester(salt.slice());
    const other = saltedDigester(newSalt());
    const value = digest('my prompt');
    expect(value).toMatch(/^[0-9a-f]{64}$/u);
    expect(again('my prompt')).toBe(value);
    expect(other('my prompt')).not.toBe(value);
    expect(value).not.toBe(sha256Hex('my prompt'));
  });

  it('matches HMAC-SHA-256 (RFC 4231 test case 2)', () => {
    const digest = saltedDigester(new TextEncoder().encode('Jefe'));
    expect(digest('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});
