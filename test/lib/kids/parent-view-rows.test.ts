import { afterEach, describe, expect, it } from 'vitest';
import { alertRow, kidsErrorText, newPinProblem, weeklyRows } from '../../../lib/kids/parent-view-rows.ts';
import { lockedError } from '../../../lib/kids/kids-route-errors.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

describe('parent view rows', () => {
  afterEach(() => setLocale('en'));

  it('describe an alert by kind, category and site only', () => {
    expect(alertRow({ at: 1, kind: 'distress', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['kids-context/distress-abuse'] })).toEqual({
      at: 1,
      kind: 'Signs of distress: help lines were shown',
      detail: 'Harmful content · chatgpt.com',
    });
    expect(alertRow({ at: 2, kind: 'protection-disabled', ruleIds: [] }).detail).toBe('');
  });

  it('flatten weeks into rows, newest week first, most blocked category first', () => {
    const rows = weeklyRows([
      { week: '2025-W10', categories: { pii: { warn: 1, redact: 2, block: 0 } } },
      { week: '2025-W11', categories: { pii: { warn: 0, redact: 0, block: 1 }, 'content-safety': { warn: 0, redact: 0, block: 3 } } },
    ]);
    expect(rows).toEqual([
      { week: '2025-W11', category: 'Harmful content', blocked: 3, warned: 0, redacted: 0 },
      { week: '2025-W11', category: 'Personal data', blocked: 1, warned: 0, redacted: 0 },
      { week: '2025-W10', category: 'Personal data', blocked: 0, warned: 1, redacted: 2 },
    ]);
  });

  it('turn route errors into the user’s language', () => {
    expect(kidsErrorText(lockedError(60_000))).toBe('Too many wrong PINs. Try again in 60 seconds.');
    expect(kidsErrorText('wrong PIN')).toBe('Wrong PIN.');
    expect(kidsErrorText('disk full')).toBe('That did not work: disk full');
    setLocale('de');
    expect(kidsErrorText('wrong PIN')).toBe('Falsche PIN.');
  });

  it('check a new PIN before sending it', () => {
    expect(newPinProblem('123', '123')).toBe('The PIN needs at least 4 characters.');
    expect(newPinProblem('1234', '1235')).toBe('The two PINs are not the same.');
    expect(newPinProblem('1234', '1234')).toBeUndefined();
  });
});
