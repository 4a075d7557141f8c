import { afterEach, describe, expect, it } from 'vitest';
import { formatTime, verdictRows } from '../../../lib/popup/verdict-rows.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
import { summary } from '../../support/verdict-fixtures.ts';

describe('formatTime', () => {
  it('is local HH:MM:SS', () => {
    expect(formatTime(new Date(2025, 0, 2, 3, 4, 5).getTime())).toBe('03:04:05');
    expect(formatTime(new Date(2025, 0, 2, 23, 59, 0).getTime())).toBe('23:59:00');
  });
});

describe('verdictRows', () => {
  it('lists newest first with categories and rule ids in words', () => {
    const rows = verdictRows([
      summary('allow', { at: new Date(2025, 0, 1, 10, 0, 0).getTime() }),
      summary('block', {
        at: new Date(2025, 0, 1, 10, 0, 5).getTime(),
        direction: 'outbound',
        reasons: [
          { category: 'oversize', action: 'block', risk: 1, ruleIds: ['size/over-limit'] },
          { category: 'detector-failure', action: 'block', risk: 1, ruleIds: ['size/over-limit', 'x/timeout'] },
        ],
      }),
    ]);
    expect(rows.map((r) => r.action)).toEqual(['block', 'allow']);
    expect(rows[0]).toMatchObject({
      time: '10:00:05',
      direction: 'AI → you',
      actionText: 'blocked',
      categories: ['Oversized text', 'A check could not run'],
      ruleIds: ['size/over-limit', 'x/timeout'],
    });
    expect(rows[1]).toMatchObject({ direction: 'you → AI', categories: [], ruleIds: [] });
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('says what matched with the rules’ explanations, and the id where there is none', () => {
    const [row] = verdictRows(
      [summary('block', { reasons: [{ category: 'secrets', action: 'block', risk: 0.9, ruleIds: ['secrets/aws-key', 'x/unknown'] }] })],
      { 'secrets/aws-key': 'An AWS access key.', 'size/over-limit': 'not in this verdict' },
    );
    expect(row!.matched).toEqual(['An AWS access key.', 'x/unknown']);
    expect(row!.details.rules).toEqual([{ id: 'secrets/aws-key', message: 'An AWS access key.' }, { id: 'x/unknown' }]);
  });

  it('gives the details: risk in percent, latency, cache in words, failed checks, profile', () => {
    const [row] = verdictRows([
      summary('warn', { risk: 0.734, latencyMs: 12.6, cache: 'semantic', failedDetectors: ['prompt-attack'], profileId: 'strict' }),
    ]);
    expect(row!.details).toMatchObject({
      riskPercent: 73,
      latencyMs: 13,
      cache: 'Answered from the decision cache (a very similar text was checked before).',
      failedDetectors: ['prompt-attack'],
      profileId: 'strict',
    });
    const [fresh] = verdictRows([summary('allow')]);
    expect(fresh!.details.cache).toBeUndefined();
    expect(fresh!.details.rules).toEqual([]);
  });

  it('shows damaged numbers as 0 rather than NaN (storage is untrusted)', () => {
    const [row] = verdictRows([summary('warn', { risk: Number.NaN, latencyMs: 'slow' as unknown as number })]);
    expect(row!.details).toMatchObject({ riskPercent: 0, latencyMs: 0 });
  });

  it('is empty for no verdicts', () => {
    expect(verdictRows([])).toEqual([]);
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German)', () => {
      setLocale(['de-DE']);
      const [row] = verdictRows([summary('warn', { reasons: [{ category: 'pii', action: 'warn', risk: 0.5, ruleIds: ['pii/email'] }] })]);
      expect(row).toMatchObject({ direction: 'Sie → KI', actionText: 'Warnung', categories: ['Personenbezogene Daten'] });
    });
  });
});
