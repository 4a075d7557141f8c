import { describe, expect, it } from 'vitest';
import type { DetectorOutcome } from '../../../../lib/core/outcome.ts';
import { allowListedRanges, withoutAllowListed } from '../../../../lib/rules/custom/phrase-allow-list.ts';

describe('allowListedRanges', () => {
  it('finds every occurrence case-insensitively on the original text, merged', () => {
    const text = 'Call ACME Corp or acme corp. Acme Corporation!';
    expect(allowListedRanges(text, ['acme corp', ' Corp or '])).toEqual([
      { start: 5, end: 17 },
      { start: 18, end: 27 },
      { start: 29, end: 38 },
    ]);
    expect(allowListedRanges(text, ['', '   '])).toEqual([]);
    expect(allowListedRanges('', ['x'])).toEqual([]);
  });
});

describe('withoutAllowListed', () => {
  const finding = (spans: Array<{ start: number; end: number }>) => ({ detectorId: 'pii', ruleId: 'pii/email', category: 'pii' as const, severity: 'low' as const, score: 0.9, spans });
  const outcome = (findings: ReturnType<typeof finding>[]): DetectorOutcome => ({ detectorId: 'pii', version: '1', shadow: false, status: 'ok', findings, durationMs: 1 });

  it('drops findings whose every span lies inside an allow-listed occurrence, keeps the rest', () => {
    const ranges = [{ start: 10, end: 20 }];
    const inside = finding([{ start: 11, end: 19 }]);
    const partly = finding([{ start: 11, end: 19 }, { start: 30, end: 35 }]);
    const overlapping = finding([{ start: 15, end: 25 }]);
    const spanless = finding([]);
    const [kept] = withoutAllowListed([outcome([inside, partly, overlapping, spanless])], ranges);
    expect(kept!.status === 'ok' && kept!.findings).toEqual([partly, overlapping, spanless]);
  });

  it('leaves outcomes untouched without ranges, and skipped or failed outcomes always', () => {
    const outcomes = [outcome([finding([{ start: 0, end: 1 }])])];
    expect(withoutAllowListed(outcomes, [])).toBe(outcomes);
    const skipped: DetectorOutcome = { detectorId: 'x', version: '1', shadow: false, status: 'skipped', reason: 'direction' };
    expect(withoutAllowListed([skipped], [{ start: 0, end: 5 }])).toEqual([skipped]);
  });
});
