import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../lib/options/page-answer.ts';

describe('readAnswer', () => {
  it('passes a well-formed answer through', () => {
    expect(readAnswer({ ok: true, value: 3 }, 'none')).toEqual({ ok: true, value: 3 });
    expect(readAnswer({ ok: false, error: 'locked by policy' }, 'none')).toEqual({ ok: false, error: 'locked by policy' });
  });

  it.each([undefined, null, 'x', {}, { ok: 'yes' }, { ok: false }, { ok: false, error: 7 }])('turns %j into the fallback error', (raw) => {
    expect(readAnswer(raw, 'no answer')).toEqual({ ok: false, error: 'no answer' });
  });
});
