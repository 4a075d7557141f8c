import { describe, expect, it } from 'vitest';
import { createKeywordPrefilter } from '../../../lib/secrets/keyword-prefilter.ts';

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

  it('stops at maxHits', () => {
    expect(prefilter.find('key '.repeat(50), 3)).toHaveLength(3);
  });

  it('handles an empty keyword list', () => {
    expect(createKeywordPrefilter([]).find('anything', 10)).toEqual([]);
  });
});
