import { describe, expect, it } from 'vitest';
import { emptyDay } from '../../../lib/stats/daily-stats.ts';
import { statsRoutes, type StatsAnswer } from '../../../lib/stats/stats-routes.ts';

const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };

describe('page:stats', () => {
  const [route] = statsRoutes({
    read: async () => [{ ...emptyDay('2025-06-06'), scans: 3, warnings: 1 }],
    now: () => Date.parse('2025-06-07T12:00:00Z'),
    dayOf: (at) => new Date(at).toISOString().slice(0, 10),
  });

  it('answers the last N days ending today, gap-free', async () => {
    const answer = await route!.handle({ type: 'page:stats', days: 3 }, sender);
    expect(answer.ok).toBe(true);
    const value = (answer as { value: StatsAnswer }).value;
    expect(value.today).toBe('2025-06-07');
    expect(value.days.map((d) => [d.day, d.scans])).toEqual([
      ['2025-06-05', 0],
      ['2025-06-06', 3],
      ['2025-06-07', 0],
    ]);
  });

  it('defaults to 30 days', async () => {
    const answer = await route!.handle({ type: 'page:stats' }, sender);
    expect(answer.ok && (answer.value as StatsAnswer).days).toHaveLength(30);
  });

  it.each([0, 91, 2.5, '30', false])('rejects days = %j with a clear error', async (days) => {
    expect(await route!.handle({ type: 'page:stats', days }, sender)).toEqual({ ok: false, error: 'days must be a whole number from 1 to 90' });
  });
});
