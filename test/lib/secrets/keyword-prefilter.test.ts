import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeywordPrefilter } from '../../../lib/secrets/keyword-prefilter.ts';
import { SECRET_RULE_SET } from '../../../lib/secrets/secret-rule-set.ts';

/** The prefilter's contract, position by position: the longest keyword starting there, unless it overlaps its own last hit. */
function reference(keywords: readonly string[], text: string, maxHits: number): string[] {
  const hits: string[] = [];
  const lastEnd = new Map<string, number>();
  for (let start = 0; start < text.length && hits.length < maxHits; start += 1) {
    const keyword = keywords.filter((k) => k.length > 0 && text.startsWith(k, start)).sort((a, b) => b.length - a.length)[0];
    if (keyword === undefined || (lastEnd.get(keyword) ?? -1) > start) continue;
    hits.push(`${keyword}@${start}`);
    lastEnd.set(keyword, start + keyword.length);
  }
  return hits;
}

describe('createKeywordPrefilter', () => {
  const keywords = ['xoxb-', 'xoxe.xoxb-', 'key', 'key-', 'aaaa'];
  const prefilter = createKeywordPrefilter(keywords);
  const found = (text: string) => prefilter.find(text, 100).map((hit) => `${keywords[hit.keyword]}@${hit.start}`);

  it('reports the longest keyword at a position and keywords nested inside others', () => {
    expect(found('xoxe.xoxb-1')).toEqual(['xoxe.xoxb-@0', 'xoxb-@5']);
    expect(found('key-123 key')).toEqual(['key-@0', 'key@8']);
  });

  it('skips a keyword overlapping its own previous hit (runs of one character)', () => {
    expect(found('aaaaaaaaa')).toEqual(['aaaa@0', 'aaaa@4']);
  });

  it('finds keywords across the boundaries of the windows it searches in (8,192 characters)', () => {
    for (const text of ['x'.repeat(8_190) + 'xoxe.xoxb-1 key-', 'a'.repeat(20_001), `${'key '.repeat(2_047)}xoxe.xoxb-${'a'.repeat(9)}`]) {
      expect(found(text)).toEqual(reference(keywords, text, 100));
      expect(prefilter.find(text, 100_000).map((hit) => `${keywords[hit.keyword]}@${hit.start}`)).toEqual(reference(keywords, text, 100_000));
    }
  });

  it('stops at maxHits', () => {
    expect(prefilter.find('key '.repeat(50), 3)).toHaveLength(3);
  });

  it('agrees with the position-by-position contract on the real keywords', () => {
    const real = SECRET_RULE_SET.prefilter;
    const pieces = [...real.keywords.slice(0, 300), ' ', '=', '"', 'a', '_', '-', 'é', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.integer({ min: 1, max: 40 }), (parts, maxHits) => {
        const text = parts.join('');
        const got = real.find(text, maxHits).map((hit) => `${real.keywords[hit.keyword]}@${hit.start}`);
        expect(got).toEqual(reference(real.keywords, text, maxHits));
      }),
      { numRuns: 300 },
    );
  });

  it('handles an empty keyword list', () => {
    expect(createKeywordPrefilter([]).find('anything', 10)).toEqual([]);
  });
});
