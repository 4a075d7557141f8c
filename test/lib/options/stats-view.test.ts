import { afterEach, describe, expect, it } from 'vitest';
import { categorySummary, dailySummary, dayCounts, readStatsAnswer, statsTotals } from '../../../lib/options/stats-view.ts';
import { emptyDay } from '../../../lib/stats/daily-stats.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

describe('stats view', () => {
  afterEach(() => setLocale('en'));
  const days = [
    { ...emptyDay('2025-06-06'), scans: 5, warnings: 2, categories: { pii: { warn: 2, redact: 0, block: 0 } } },
    { ...emptyDay('2025-06-07'), scans: 3, blocks: 1, categories: { 'prompt-attack': { warn: 0, redact: 0, block: 1 } } },
  ];

  it('reads the answer defensively', () => {
    expect(readStatsAnswer({ today: '2025-06-07', days })).toEqual({ today: '2025-06-07', days });
    expect(readStatsAnswer('junk')).toEqual({ today: '', days: [] });
  });

  it('maps days to the stacked series', () => {
    expect(dayCounts(days)).toEqual([
      { warn: 2, redact: 0, block: 0 },
      { warn: 0, redact: 0, block: 1 },
    ]);
  });

  it('summarises both charts in words for screen readers', () => {
    const totals = statsTotals(days);
    expect(dailySummary(totals, 2)).toBe('Bar chart of the last 2 days: 8 checks, 2 warnings, 0 redactions, 1 blocks.');
    expect(categorySummary(totals)).toBe('Bar chart per category: Personal data: 2; Prompt injection or jailbreak: 1.');
    expect(categorySummary(statsTotals([]))).toBe('No category acted in this period.');
    setLocale('de');
    expect(categorySummary(totals)).toContain('Personenbezogene Daten: 2');
  });
});
