import { describe, expect, it } from 'vitest';
import { applyBackspaces } from '../../../lib/normalize/backspace.ts';
import { stripInvisible } from '../../../lib/normalize/strip-invisible.ts';

describe('applyBackspaces', () => {
  it('shows the text as a terminal would and reports what was erased', () => {
    const stripped = stripInvisible('first line\nhelp\b\b\b\bhack it');
    const reading = applyBackspaces(stripped.view, stripped.backspaces);
    expect(reading.view?.text).toBe('hack it');
    expect(reading.signal).toMatchObject({ kind: 'backspace', count: 4, spans: [{ start: 11, end: 19 }] });
  });

  it('keeps astral characters whole and ignores leading backspaces', () => {
    const stripped = stripInvisible('\b😀\bx');
    const reading = applyBackspaces(stripped.view, stripped.backspaces);
    expect(reading.view?.text).toBe('x');
  });

  it('has no reading without backspaces', () => {
    const stripped = stripInvisible('abc');
    expect(applyBackspaces(stripped.view, stripped.backspaces)).toEqual({ view: undefined, signal: undefined });
  });
});
