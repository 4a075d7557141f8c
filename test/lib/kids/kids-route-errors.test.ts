import { describe, expect, it } from 'vitest';
import { KIDS_ERRORS, kidsErrorKind, lockedError } from '../../../lib/kids/kids-route-errors.ts';

describe('Kids route errors', () => {
  it('say how long to wait, rounded up to whole seconds, and can be read back', () => {
    expect(lockedError(30_000)).toBe('too many wrong PINs: try again in 30 s');
    expect(lockedError(1_001)).toBe('too many wrong PINs: try again in 2 s');
    expect(kidsErrorKind(lockedError(59_500))).toEqual({ kind: 'locked', waitSeconds: 60 });
  });

  it('recognises each known error and nothing else', () => {
    expect(kidsErrorKind(KIDS_ERRORS.wrongPin)).toEqual({ kind: 'wrongPin' });
    expect(kidsErrorKind(KIDS_ERRORS.notUnlocked)).toEqual({ kind: 'notUnlocked' });
    expect(kidsErrorKind('wrong PIN!')).toEqual({ kind: 'other' });
  });
});
