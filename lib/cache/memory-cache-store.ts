import type { CacheEntry } from './cache-entry.ts';
import { evictionPlan } from './cache-limits.ts';
import type { CacheMeta, DecisionCacheStore } from './cache-store.ts';

/**
 * The store in memory, for the CLI (cache-replay) and tests. Values are structured-cloned in and
 * out, as IndexedDB does, so a caller that mutates what it got cannot change what is stored.
 */
export class MemoryCacheStore implements DecisionCacheStore {
  readonly entries = new Map<string, CacheEntry>();
  meta: CacheMeta | undefined;

  async readMeta(): Promise<unknown> {
    return this.meta && structuredClone(this.meta);
  }

  async reset(meta: CacheMeta): Promise<void> {
    this.entries.clear();
    this.meta = structuredClone(meta);
  }

  async clear(): Promise<void> {
    this.entries.clear();
    this.meta = undefined;
  }

  async get(key: string): Promise<unknown> {
    const entry = this.entries.get(key);
    return entry && structuredClone(entry);
  }

  async put(entry: CacheEntry): Promise<void> {
    this.entries.set(entry.key, structuredClone(entry));
  }

  async touch(key: string, at: number): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) this.entries.set(key, { ...entry, lastUsedAt: at, hits: entry.hits + 1 });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async recent(scope: string, limit: number): Promise<unknown[]> {
    return [...this.entries.values()]
      .filter((entry) => entry.scope === scope && entry.vector !== undefined)
      .sort((a, b) => b.lastUsedAt - a.lastUsedAt)
      .slice(0, limit)
      .map((entry) => structuredClone(entry));
  }

  async evict(expiredBefore: number, maxEntries: number): Promise<number> {
    const doomed = evictionPlan([...this.entries.values()], expiredBefore, maxEntries);
    for (const key of doomed) this.entries.delete(key);
    return doomed.length;
  }

  async count(): Promise<number> {
    return this.entries.size;
  }
}
