import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  emptyDay,
  localDay,
  MAX_STATS_DAYS,
  pruneStats,
  readStats,
  recordOutcome,
  shiftDay,
  statsTotals,
  statsWindow,
  type DayStats,
} from '../../../lib/stats/daily-stats.ts';

// Days from the timestamp's UTC date, so the tests do not depend on the machine's time zone.
const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const at = (day: string, hour = 12) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

describe('day arithmetic', () => {
  it('counts calendar days across months, leap days and years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('names the local day of a timestamp', () => {
    const noon = new Date(2025, 5, 7, 12, 0, 0).getTime();
    expect(localDay(noon)).toBe('2025-06-07');
  });
});

describe('recordOutcome', () => {
  it('counts scans and acting verdicts per day, and each acting category once per scan by its own action', () => {
    let days: DayStats[] = [];
    days = recordOutcome(days, { at: at('2025-06-07'), action: 'allow', reasons: [] }, utcDay);
    days = recordOutcome(
      days,
      {
        at: at('2025-06-07', 13),
        action: 'block',
        reasons: [
          { category: 'prompt-attack', action: 'block' },
          { category: 'prompt-attack', action: 'warn' },
          { category: 'pii', action: 'warn' },
          { category: 'secrets', action: 'allow' },
        ],
      },
      utcDay,
    );
    days = recordOutcome(days, { at: at('2025-06-08'), action: 'redact', reasons: [{ category: 'secrets', action: 'redact' }] }, utcDay);
    expect(days).toEqual([
      {
        day: '2025-06-07',
        scans: 2,
        warnings: 0,
        redactions: 0,
        blocks: 1,
        categories: { 'prompt-attack': { warn: 0, redact: 0, block: 1 }, pii: { warn: 1, redact: 0, block: 0 } },
      },
      { day: '2025-06-08', scans: 1, warnings: 0, redactions: 1, blocks: 0, categories: { secrets: { warn: 0, redact: 1, block: 0 } } },
    ]);
  });

  it(`keeps only the last ${MAX_STATS_DAYS} days`, () => {
    let days: DayStats[] = [];
    for (let offset = 0; offset < 100; offset += 1) {
      days = recordOutcome(days, { at: at(shiftDay('2025-01-01', offset)), action: 'warn', reasons: [] }, utcDay);
    }
    expect(days).toHaveLength(MAX_STATS_DAYS);
    expect(days[0]!.day).toBe(shiftDay('2025-01-01', 10));
    expect(days.at(-1)!.day).toBe(shiftDay('2025-01-01', 99));
    expect(pruneStats(days, shiftDay('2025-01-01', 99 + MAX_STATS_DAYS))).toEqual([]);
  });

  it('ignores junk categories and actions from an untrusted summary', () => {
    const days = recordOutcome(
      [],
      { at: at('2025-06-07'), action: 'explode' as never, reasons: [{ category: 'nope' as never, action: 'block' }, { category: 'pii', action: 'odd' as never }] },
      utcDay,
    );
    expect(days).toEqual([{ ...emptyDay('2025-06-07'), scans: 1 }]);
  });
});

describe('readStats', () => {
  it('repairs what storage holds instead of throwing', () => {
    expect(readStats(undefined)).toEqual([]);
    expect(readStats('junk')).toEqual([]);
    expect(
      readStats([
        null,
        { day: '2025-02-31', scans: 3 },
        { day: '2025-06-08', scans: -1, warnings: 2.7, blocks: 'x', categories: { pii: { warn: 1 }, bogus: { warn: 9 }, secrets: { warn: 0 } } },
        { day: '2025-06-07', scans: 5 },
        { day: '2025-06-07', scans: 99 },
      ]),
    ).toEqual([
      { ...emptyDay('2025-06-07'), scans: 5 },
      { ...emptyDay('2025-06-08'), warnings: 2, categories: { pii: { warn: 1, redact: 0, block: 0 } } },
    ]);
  });
});

describe('statsWindow and statsTotals', () => {
  const stored: DayStats[] = [
    { ...emptyDay('2025-06-05'), scans: 4, warnings: 1, categories: { pii: { warn: 1, redact: 0, block: 0 } } },
    { ...emptyDay('2025-06-07'), scans: 6, blocks: 2, redactions: 1, categories: { 'prompt-attack': { warn: 0, redact: 0, block: 2 }, pii: { warn: 0, redact: 1, block: 0 } } },
  ];

  it('fills the days nothing was counted, oldest first, ending today', () => {
    const window = statsWindow(stored, '2025-06-07', 4);
    expect(window.map((d) => d.day)).toEqual(['2025-06-04', '2025-06-05', '2025-06-06', '2025-06-07']);
    expect(window.map((d) => d.scans)).toEqual([0, 4, 0, 6]);
  });

  it('sums a window and ranks categories by how often they acted', () => {
    const totals = statsTotals(statsWindow(stored, '2025-06-07', 7));
    expect(totals).toMatchObject({ scans: 10, warnings: 1, redactions: 1, blocks: 2 });
    expect(totals.categories).toEqual([
      { category: 'prompt-attack', counts: { warn: 0, redact: 0, block: 2 }, total: 2 },
      { category: 'pii', counts: { warn: 1, redact: 1, block: 0 }, total: 2 },
    ]);
  });
});
