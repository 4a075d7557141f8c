import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS, HTML_ENTITY, scanAll } from '../../../lib/normalize/patterns.ts';
import { CONCAT_GAP, NOT_PLAIN_ASCII } from '../../../lib/normalize/patterns.ts';

describe('normalizer patterns', () => {
  it('are all safe from catastrophic backtracking (recheck)', async () => {
    const results = await Promise.all(
      Object.entries(ALL_PATTERNS).map(async ([name, pattern]) => [name, await check(pattern.source, pattern.flags, { timeout: 60_000 })] as const),
    );
    for (const [name, result] of results) expect(result.status, `${name}: ${JSON.stringify(result)}`.slice(0, 300)).toBe('safe');
  }, 180_000);

  it('scanAll visits every match, stops on request and resets the shared pattern', () => {
    const seen: string[] = [];
    scanAll(HTML_ENTITY, 'a &amp; b &lt; c &#105; d', (match) => void seen.push(match[0]));
    expect(seen).toEqual(['&amp;', '&lt;', '&#105;']);
    expect(HTML_ENTITY.lastIndex).toBe(0);
    const first: string[] = [];
    scanAll(HTML_ENTITY, '&amp;&lt;', (match) => {
      first.push(match[0]);
      return false;
    });
    expect(first).toEqual(['&amp;']);
  });

  it('match what their comments say', () => {
    expect(NOT_PLAIN_ASCII.test('plain text\twith\nbreaks')).toBe(false);
    expect(NOT_PLAIN_ASCII.test('café')).toBe(true);
    expect(CONCAT_GAP.test(' + ')).toBe(true);
    expect(CONCAT_GAP.test(', ')).toBe(false);
  });
});
