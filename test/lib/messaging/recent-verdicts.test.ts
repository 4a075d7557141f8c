import { describe, expect, it } from 'vitest';
import { appendRecentVerdict, MAX_RECENT_VERDICTS, readRecentVerdicts, recentVerdictsKey } from '../../../lib/messaging/recent-verdicts.ts';
import { summary } from '../../support/verdict-fixtures.ts';

describe('recent verdicts', () => {
  it('keys storage per tab', () => {
    expect(recentVerdictsKey(7)).toBe('recent:7');
    expect(recentVerdictsKey(7)).not.toBe(recentVerdictsKey(70));
  });

  it('appends newest last and keeps only the last 20', () => {
    let list: unknown = undefined;
    for (let i = 0; i < 25; i += 1) list = appendRecentVerdict(list, summary('allow', { at: i }));
    const kept = readRecentVerdicts(list);
    expect(MAX_RECENT_VERDICTS).toBe(20);
    expect(kept).toHaveLength(20);
    expect(kept[0]!.at).toBe(5);
    expect(kept.at(-1)!.at).toBe(24);
  });

  it('repairs whatever storage holds instead of failing', () => {
    expect(readRecentVerdicts('not a list')).toEqual([]);
    expect(readRecentVerdicts({ 0: summary('warn') })).toEqual([]);
    const mixed = [summary('warn'), null, { at: 'yesterday' }, { ...summary('block'), action: 'explode' }, summary('block')];
    expect(readRecentVerdicts(mixed).map((s) => s.action)).toEqual(['warn', 'block']);
    expect(appendRecentVerdict(42, summary('allow'))).toHaveLength(1);
  });
});
