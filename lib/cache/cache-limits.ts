/** The caps that keep the cache small and fresh. */
export interface CacheLimits {
  /** An entry older than this (from creation, however often it is used) is recomputed. */
  ttlMs: number;
  /** Past this, the least recently used entries go (checked every `evictEvery` writes). */
  maxEntries: number;
  /** Writes between two eviction sweeps, so a sweep is not paid on every scan. */
  evictEvery: number;
  /** Semantic lookups compare the new text with at most this many entries of its scope, newest use first. */
  semanticCandidates: number;
}

/**
 * 7 days: long enough for the repetition that happens (the same prompts through a work week),
 * short enough that a verdict does not outlive the reasons it was given by much. 5,000 entries of
 * ~0.5–1 KB (verdict metadata plus a 64-float vector) stay around 5 MB. 256 candidates keep a
 * semantic lookup's linear scan under a tenth of a millisecond.
 */
export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  ttlMs: 7 * 24 * 60 * 60 * 1000,
  maxEntries: 5_000,
  evictEvery: 32,
  semanticCandidates: 256,
};

export const isExpired = (entry: { createdAt: number }, now: number, ttlMs: number): boolean => entry.createdAt <= now - ttlMs;

/**
 * The keys an eviction sweep removes: every entry created at or before `expiredBefore`, then the
 * least recently used of the rest until at most `maxEntries` remain. (The IndexedDB store does the
 * same walk over its indexes; the memory store uses this directly.)
 */
export function evictionPlan(
  entries: ReadonlyArray<{ key: string; createdAt: number; lastUsedAt: number }>,
  expiredBefore: number,
  maxEntries: number,
): string[] {
  const doomed = entries.filter((entry) => entry.createdAt <= expiredBefore).map((entry) => entry.key);
  const live = entries.filter((entry) => entry.createdAt > expiredBefore);
  const excess = live.length - Math.max(0, maxEntries);
  if (excess > 0) {
    const leastRecentFirst = [...live].sort((a, b) => a.lastUsedAt - b.lastUsedAt || (a.key < b.key ? -1 : 1));
    doomed.push(...leastRecentFirst.slice(0, excess).map((entry) => entry.key));
  }
  return doomed;
}
