import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/core/normalize.ts';

describe('normalize (identity stage)', () => {
  it('exposes the original as the canonical view with an identity offset map', () => {
    const text = normalize('héllo');
    expect(text.original).toBe('héllo');
    expect(text.canonical.text).toBe('héllo');
    expect(text.views).toEqual([text.canonical]);
    expect(text.canonical.toOriginal(1, 3)).toEqual({ start: 1, end: 3 });
    expect(text.signals).toEqual([]);
  });
});
