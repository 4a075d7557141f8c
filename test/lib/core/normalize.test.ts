import { describe, expect, it } from 'vitest';
import { identityNormalize, normalize } from '../../../lib/core/normalize.ts';

describe('normalize', () => {
  it('gives plain ASCII back as the canonical view with an identity offset map', () => {
    const text = normalize('Hello there, how are you?');
    expect(text.original).toBe('Hello there, how are you?');
    expect(text.canonical.name).toBe('canonical');
    expect(text.canonical.text).toBe('Hello there, how are you?');
    expect(text.views[0]).toBe(text.canonical);
    expect(text.canonical.toOriginal(1, 3)).toEqual({ start: 1, end: 3 });
    expect(text.signals).toEqual([]);
  });

  it('keeps case, digits and accents in the canonical view (secrets and PII read it)', () => {
    expect(normalize('Café 4242 4242 4242 4242 AKIA').canonical.text).toBe('Café 4242 4242 4242 4242 AKIA');
  });

  it('removes invisible characters, applies NFKC and maps back to the original', () => {
    const text = normalize('ｐａｓｓ\u200bword');
    expect(text.canonical.text).toBe('password');
    const at = text.canonical.text.indexOf('word');
    expect(text.canonical.toOriginal(at, at + 4)).toEqual({ start: 5, end: 9 });
    expect(text.signals.map((signal) => signal.kind)).toContain('styled-letters');
  });
});

describe('identityNormalize', () => {
  it('exposes the original as the only view with an identity offset map', () => {
    const text = identityNormalize('a\u200bb');
    expect(text.canonical.text).toBe('a\u200bb');
    expect(text.views).toEqual([text.canonical]);
    expect(text.canonical.toOriginal(1, 2)).toEqual({ start: 1, end: 2 });
    expect(text.signals).toEqual([]);
  });
});
