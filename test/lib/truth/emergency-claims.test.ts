import { describe, expect, it } from 'vitest';
import { digitsOf, EMERGENCY_PATTERNS, emergencyClaims, findPlaceMentions } from '../../../lib/truth/emergency-claims.ts';
import { redosVerdict } from '../../support/redos-check.ts';

function claims(text: string): string[] {
  const sentence = { start: 0, end: text.length };
  return emergencyClaims(text, sentence, findPlaceMentions(text)).map((claim) => `${claim.rule}:${text.slice(claim.start, claim.end)}`);
}

describe('findPlaceMentions', () => {
  it('matches names case-sensitively and skips "Latin America"', () => {
    const ids = (text: string) => findPlaceMentions(text).map((mention) => mention.placeId);
    expect(ids('the US and the UK')).toEqual(['US', 'GB']);
    expect(ids('tell us about turkey and china')).toEqual([]);
    expect(ids('Latin America and South Korea')).toEqual(['KR']);
    expect(ids('New South Wales')).toEqual(['AU']);
  });
});

describe('emergencyClaims', () => {
  it('flags a number that is another country’s emergency number', () => {
    expect(claims('In the UK, call 911 for an ambulance.')).toEqual(['wrong-emergency-number:UK, call 911']);
    expect(claims('The emergency number in Japan is 9-1-1.')).toEqual(['wrong-emergency-number:Japan is 9-1-1']);
  });

  it('binds each number to its own country', () => {
    expect(claims('Call 911 in the US or 999 in the UK.')).toEqual([]);
    expect(claims('In the US call 911; in the UK call 999.')).toEqual([]);
    expect(claims('Call 112 anywhere in the European Union.')).toEqual([]);
  });

  it('does not flag contrasts, negations or numbers that are not said as numbers to call', () => {
    expect(claims('999 is the UK equivalent of 911.')).toEqual([]);
    expect(claims('In the UK, 911 does not work.')).toEqual([]);
    expect(claims('The UK had 911 new cases in 1999.')).toEqual([]);
  });

  it('flags a wrong U.S. poison-control number and accepts the right one', () => {
    expect(claims('For poison control, call 1-800-555-0199.')).toEqual(['wrong-poison-control-number:1-800-555-0199']);
    expect(claims('Call Poison Help at (800) 222-1222.')).toEqual([]);
    expect(claims('In Australia, the poisons information centre is 13 11 26.')).toEqual([]);
    expect(claims('In Australia, call the poison control line on 13 11 14.')).toEqual([]);
    expect(claims('In Australia, call the poison control line on 13 22 33.')).toEqual(['wrong-poison-control-number:13 22 33']);
  });

  it('reads digits out of written numbers', () => {
    expect(digitsOf('1-800-222-1222')).toBe('18002221222');
    expect(digitsOf('#7119')).toBe('7119');
  });

  it.each(Object.entries(EMERGENCY_PATTERNS))('%s passes the ReDoS check (recheck)', { timeout: 300_000 }, async (_name, pattern) => {
    expect(await redosVerdict(pattern.source, pattern.flags)).toBe('safe');
  });
});
