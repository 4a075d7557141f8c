import { describe, expect, it } from 'vitest';
import { findClaims, MAX_CLAIMS } from '../../../lib/truth/find-claims.ts';

const rules = (text: string) => findClaims(text).map((claim) => claim.rule);

describe('findClaims', () => {
  it('finds claims of every domain in one reply, in text order', () => {
    const text = 'In the UK, call 911. Mix bleach and vinegar for mold. You can take up to 8,000 mg of Tylenol a day. Set verify=False.';
    expect(rules(text)).toEqual(['wrong-emergency-number', 'dangerous-mixture', 'dose-above-maximum', 'tls-verification-disabled']);
  });

  it('carries a medicine to the next sentence and a heading to the list under it', () => {
    expect(rules('Tylenol is a pain reliever. You can take up to 8 g a day.')).toEqual(['dose-above-maximum']);
    expect(rules('**United Kingdom:**\n- Call 911 for an ambulance')).toEqual(['wrong-emergency-number']);
  });

  it('drops an implied total when the reply states a daily ceiling within the label nearby', () => {
    expect(rules('Take 2 Advil every 4 hours.')).toEqual(['dose-above-label']);
    expect(rules('Take 2 Advil every 4 hours as needed. Do not take more than 6 tablets in 24 hours.')).toEqual([]);
    expect(rules('Take 2 Advil every 4 hours as needed. Do not take more than 20 tablets in 24 hours.')).toContain('dose-above-maximum');
  });

  it('reads no further than the limit', () => {
    const text = 'Hello there. You can take up to 8,000 mg of Tylenol a day.';
    expect(findClaims(text, 20)).toEqual([]);
  });

  it('caps the number of claims', () => {
    expect(findClaims('In the UK, call 911. '.repeat(200)).length).toBe(MAX_CLAIMS);
  });

  it('is linear: ten times the text costs about ten times the time', () => {
    const unit = 'Take 6 Advil 400 mg tablets every 4 hours, mix bleach and ammonia, in Japan call 911, ok. Tylenol 500 mg is fine. ';
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    const time = (text: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i += 1) findClaims(text);
      return (performance.now() - started) / 3;
    };
    time(small);
    const smallMs = Math.max(0.5, time(small));
    const largeMs = time(large);
    expect(largeMs).toBeLessThan(1_500);
    expect(largeMs / smallMs).toBeLessThan(25);
  });

  it('is bounded on one 200 KB line without punctuation', () => {
    for (const text of ['x'.repeat(200_000), 'Tylenol '.repeat(25_000), '911 '.repeat(50_000), '8,000 mg '.repeat(22_000)]) {
      const started = performance.now();
      findClaims(text);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
