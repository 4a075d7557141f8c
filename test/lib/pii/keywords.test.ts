import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../lib/gate/fold-case.ts';
import { findKeywords, keywordMatches, KEYWORDS } from '../../../lib/pii/keywords.ts';

/**
 * The keyword positions the detector reads, as a global alternation regex of the keywords (longest
 * first) finds them: the longest keyword at the leftmost position, then on from its end.
 */
function regexReading(text: string): number[][] {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp([...KEYWORDS].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

const kinds = (text: string) => findKeywords(text, [[0, text.length]]).map((hit) => `${hit.kind}:${text.slice(hit.start, hit.end)}`);

describe('findKeywords', () => {
  it('finds context words case-insensitively, on word boundaries', () => {
    expect(kinds('Phone: 555')).toContain('phone:Phone');
    expect(kinds('smartphone 5')).not.toContain('phone:phone');
    expect(kinds('my access_token is')).toContain('not-card:token');
  });
  it('prefers the longest keyword at a position', () => {
    expect(kinds('She was born on 2/19/1956')).toEqual(['birth:born on']);
  });
  it('honours prefix keywords and exact-case keywords', () => {
    expect(kinds('Telefonnummer 030')).toContain('phone:Telefon');
    expect(kinds('SIN 130 692 544')).toContain('sin:SIN');
    expect(kinds('sin número')).not.toContain('sin:sin');
  });
  it('finds capitalised keywords in a window that holds an İ, at their offsets', () => {
    expect(kinds('İstanbul. Phone: 555')).toContain('phone:Phone');
    expect(kinds('İ. DATE OF BIRTH 01/02/1990')).toEqual(['birth:DATE OF BIRTH']);
  });
  it('needs no spaces in scripts written without them', () => {
    expect(kinds('身份证号11010519491231002X')).toContain('cn-id:身份证');
  });
  it('only reads inside the windows it is given', () => {
    const text = 'phone ........................ phone';
    expect(findKeywords(text, [[20, text.length]]).filter((hit) => hit.kind === 'phone').map((hit) => hit.start)).toEqual([31]);
  });

  it('reads keywords where the alternation regex of them, longest first, would (nested and overlapping ones too)', () => {
    const pieces = [...KEYWORDS.filter((_, index) => index % 3 === 0), 'phone', 'dob', 'tel', ' ', ':', '-', '5', 'é', '\n', 'a', 's'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = foldCase(parts.join(''));
        const read = keywordMatches(text).map((match) => [match.start, match.end]);
        expect(read).toEqual(regexReading(text));
      }),
      { numRuns: 500 },
    );
  });
});
