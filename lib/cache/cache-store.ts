import type { CacheEntry } from './cache-entry.ts';

/** What the store keeps besides entries: the stamp its entries were made under, and the salt of its digests. */
export interface CacheMeta {
  stamp: string;
  salt: Uint8Array;
}

/**
 * Where decisions persist: memory in the CLI and tests (memory-cache-store.ts), IndexedDB in the
 * extension (lib/adapters/background/decision-cache-idb.ts). Reads return `unknown`: the decision
 * cache validates everything it reads back (cache-entry.ts `parseCacheEntry`).
 */
export interface DecisionCacheStore {
  readMeta(): Promise<unknown>;
  /** Deletes every entry and writes `meta`, together (a new stamp: nothing old may survive it). */
  reset(meta: CacheMeta): Promise<void>;
  /** Deletes every entry and the meta (mode `off`: nothing derived from the user's text is kept). */
  clear(): Promise<void>;
  get(key: string): Promise<unknown>;
  /** Inserts or replaces the entry with `entry.key`. */
  put(entry: CacheEntry): Promise<void>;
  /** Records a use: `lastUsedAt = at`, `hits + 1`; nothing when the entry is gone. */
  touch(key: string, at: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Up to `limit` entries of `scope` that have a vector, most recently used first. */
  recent(scope: string, limit: number): Promise<unknown[]>;
  /** Removes expired entries, then the least recently used beyond `maxEntries`; resolves to how many went. */
  evict(expiredBefore: number, maxEntries: number): Promise<number>;
  /** How many entries there are (reports and tests). */
  count(): Promise<number>;
}

const HEX_64 = /^[0-9a-f]{64}$/u;

export function parseCacheMeta(value: unknown): CacheMeta | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { stamp, salt } = value as Record<string, unknown>;
  if (typeof stamp !== 'string' || !HEX_64.test(stamp) || !(salt instanceof Uint8Array) || salt.length < 16) return undefined;
  return { stamp, salt };
}
