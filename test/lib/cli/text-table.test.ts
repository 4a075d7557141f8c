import { describe, expect, it } from 'vitest';
import { formatCount, formatMs, formatRate, textTable } from '../../../lib/cli/text-table.ts';

describe('textTable', () => {
  it('pads columns, right-aligns numbers after the first column, trims line ends', () => {
    expect(textTable(['name', 'n', 'rate'], [['alpha', '1,234', '5.0%'], ['b', '7', '-']])).toBe(
      '  name   n      rate\n' + '  alpha  1,234  5.0%\n' + '  b          7     -\n',
    );
  });
});

describe('number formats', () => {
  it('formats counts, rates and milliseconds', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatRate(0.1234)).toBe('12.3%');
    expect(formatRate(null)).toBe('-');
    expect(formatMs(0.01234)).toBe('0.012');
    expect(formatMs(12.345)).toBe('12.35');
    expect(formatMs(null)).toBe('-');
  });
});
