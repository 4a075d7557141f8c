import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, printableRatio } from '../../../lib/secrets/base64.ts';

describe('decodeBase64', () => {
  it('decodes standard and url-safe base64, with or without padding', () => {
    expect(decodeBase64('dXNlcjpwYXNz')).toBe('user:pass');
    expect(decodeBase64('eyJhbGciOiJIUzI1NiJ9')).toBe('{"alg":"HS256"}');
    expect(decodeBase64('YWRtaW4=')).toBe('admin');
    expect(decodeBase64('_-8')).toBe(atob('/+8='));
  });

  it('returns undefined for malformed input', () => {
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abcde')).toBeUndefined();
  });

  it('decodes at most maxChars characters', () => {
    expect(decodeBase64('YWFh'.repeat(100), 8)).toBe('aaaaaa');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      decodeBase64(text);
      return true;
    }));
  });
});

describe('printableRatio', () => {
  it('is 1 for text and low for random bytes', () => {
    expect(printableRatio('user:pass\n')).toBe(1);
    expect(printableRatio('\u0000\u0001\u0002a')).toBe(0.25);
    expect(printableRatio('')).toBe(0);
  });
});
