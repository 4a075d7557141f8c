import { describe, expect, it } from 'vitest';
import { isCalendarDate, isPlausibleBirthDate, MONTH_NAME_SOURCE, monthNumber } from '../../../lib/pii/calendar-date.ts';

describe('calendar dates', () => {
  it('knows month names in several languages', () => {
    expect(monthNumber('März')).toBe(3);
    expect(monthNumber('sept.')).toBe(9);
    expect(monthNumber('dicembre')).toBe(12);
    expect(monthNumber('Smarch')).toBeUndefined();
    expect(MONTH_NAME_SOURCE.startsWith('september|') || MONTH_NAME_SOURCE.includes('|september')).toBe(true);
  });
  it('validates real dates', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2021, 13, 1)).toBe(false);
  });
  it('reads the ways people write birth dates', () => {
    for (const date of ['2/19/1956', '19.02.1956', '1956-02-19', '1984年7月3日', '3 March 1990', 'March 3rd, 1990', '3. März 1990', '12 de marzo de 1985', '19/02/56']) {
      expect(isPlausibleBirthDate(date), date).toBe(true);
    }
    for (const date of ['31/02/1990', '2/19/1756', '1956-13-01', 'March 1990', '99.99.99']) expect(isPlausibleBirthDate(date), date).toBe(false);
  });
});
