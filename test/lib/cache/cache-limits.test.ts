import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_LIMITS, evictionPlan, isExpired } from '../../../lib/cache/cache-limits.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('isExpired', () => {
  it('counts the TTL from creation, however recently the entry was used', () => {
    expect(DEFAULT_CACHE_LIMITS.ttlMs).toBe(7 * DAY);
    const now = 100 * DAY;
    expect(isExpired({ createdAt: now - 7 * DAY + 1 }, now, 7 * DAY)).toBe(false);
    expect(isExpired({ createdAt: now - 7 * DAY }, now, 7 * DAY)).toBe(true);
  });
});

describe('evictionPlan', () => {
  const entry = (key: string, createdAt: number, lastUsedAt: number) => ({ key, createdAt, lastUsedAt });

  it('removes expired entries first, then the least recently used beyond the cap', () => {
    const entries = [entry('old-but-busy', 1, 99), entry('a', 10, 20), entry('b', 11, 50), entry('c', 12, 30), entry('d', 13, 40)];
    expect(evictionPlan(entries, 5, 2).sort()).toEqual(['a', 'c', 'old-but-busy']);
    expect(evictionPlan(entries, 5, 10)).toEqual(['old-but-busy']);
    expect(evictionPlan(entries, 0, 4)).toEqual(['a']);
    expect(evictionPlan(entries, 0, 0)).toHaveLength(5);
    expect(evictionPlan([], 0, 0)).toEqual([]);
  });
});
