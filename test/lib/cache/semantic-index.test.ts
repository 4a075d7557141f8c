import { describe, expect, it } from 'vitest';
import type { CacheEntry } from '../../../lib/cache/cache-entry.ts';
import { SemanticIndex } from '../../../lib/cache/semantic-index.ts';

const entry = (key: string, scope = 's', lastUsedAt = 1, vector: number[] | null = [1, 0]): CacheEntry => ({
  key,
  scope,
  verdict: { direction: 'inbound', action: 'allow', profileId: 'standard', risk: 0, reasons: [], spans: [], redactions: [] },
  createdAt: 1,
  lastUsedAt,
  hits: 0,
  ...(vector ? { vector: Float32Array.from(vector) } : {}),
});
const keys = (entries: readonly CacheEntry[]) => entries.map((item) => item.key);

describe('SemanticIndex', () => {
  it('serves a loaded scope from memory, newest use first, bounded', () => {
    const index = new SemanticIndex(3);
    expect(index.has('s')).toBe(false);
    expect(index.candidates('s')).toEqual([]);
    index.load('s', [entry('a'), entry('novector', 's', 1, null), entry('b'), entry('c'), entry('d')]);
    expect(index.has('s')).toBe(true);
    expect(keys(index.candidates('s'))).toEqual(['a', 'b', 'c']);
    index.add(entry('e'));
    expect(keys(index.candidates('s'))).toEqual(['e', 'a', 'b']);
    index.touch('s', 'b', 9);
    expect(keys(index.candidates('s'))).toEqual(['b', 'e', 'a']);
    expect(index.candidates('s')[0]).toMatchObject({ lastUsedAt: 9, hits: 1 });
    // The same key again replaces the older copy.
    index.add({ ...entry('a'), hits: 5 });
    expect(keys(index.candidates('s'))).toEqual(['a', 'b', 'e']);
  });

  it('leaves scopes it never loaded to the store, drops the least recently used scope, and clears', () => {
    const index = new SemanticIndex(3, 2);
    index.add(entry('a', 'other'));
    expect(index.has('other')).toBe(false);
    index.load('s1', [entry('a', 's1')]);
    index.load('s2', [entry('b', 's2')]);
    index.touch('s1', 'a', 2);
    index.load('s3', [entry('c', 's3')]);
    expect([index.has('s1'), index.has('s2'), index.has('s3')]).toEqual([true, false, true]);
    index.clear();
    expect(index.has('s1')).toBe(false);
  });
});
