import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CacheEntry } from '../../cache/cache-entry.ts';
import type { CacheMeta, DecisionCacheStore } from '../../cache/cache-store.ts';
import { reconnectingConnection } from './idb-connection.ts';

export const DECISION_CACHE_DB_NAME = 'rampart-decision-cache';
const DB_VERSION = 1;
const META_KEY = 'meta';

interface DecisionCacheSchema extends DBSchema {
  entries: {
    key: string;
    value: CacheEntry;
    indexes: { lastUsedAt: number; createdAt: number; scopeLastUsed: [string, number] };
  };
  meta: { key: string; value: CacheMeta };
}

type Database = IDBPDatabase<DecisionCacheSchema>;

/** Opens (and on first use creates) the cache database: entries by key, with the indexes eviction and semantic lookups walk. */
export function openDecisionCacheDatabase(name: string = DECISION_CACHE_DB_NAME, onTerminated?: () => void): Promise<Database> {
  return openDB<DecisionCacheSchema>(name, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('entries')) {
        const entries = database.createObjectStore('entries', { keyPath: 'key' });
        entries.createIndex('lastUsedAt', 'lastUsedAt');
        entries.createIndex('createdAt', 'createdAt');
        entries.createIndex('scopeLastUsed', ['scope', 'lastUsedAt']);
      }
      if (!database.objectStoreNames.contains('meta')) database.createObjectStore('meta');
    },
    terminated: onTerminated,
  });
}

/**
 * The decision cache's store in IndexedDB, for the background: it survives the service worker being
 * stopped and the browser restarting, and stays on this machine. Records are CacheEntry objects
 * (salted digests, verdict metadata, a Float32Array embedding — no text field exists) and one meta
 * record (stamp and salt). The connection is opened on first use and again after a failure or after
 * the browser closed it. Semantic lookups read the newest entries of one scope through the
 * [scope, lastUsedAt] index; eviction walks the createdAt (TTL) and lastUsedAt (LRU) indexes.
 */
export function createIdbCacheStore(open: (onTerminated: () => void) => Promise<Database> = (onTerminated) => openDecisionCacheDatabase(DECISION_CACHE_DB_NAME, onTerminated)): DecisionCacheStore {
  const connect = reconnectingConnection(open);

  return {
    async readMeta() {
      return (await connect()).get('meta', META_KEY);
    },
    async reset(meta) {
      const transaction = (await connect()).transaction(['entries', 'meta'], 'readwrite');
      await Promise.all([transaction.objectStore('entries').clear(), transaction.objectStore('meta').put(meta, META_KEY), transaction.done]);
    },
    async clear() {
      const transaction = (await connect()).transaction(['entries', 'meta'], 'readwrite');
      await Promise.all([transaction.objectStore('entries').clear(), transaction.objectStore('meta').clear(), transaction.done]);
    },
    async get(key) {
      return (await connect()).get('entries', key);
    },
    async put(entry) {
      await (await connect()).put('entries', entry);
    },
    async touch(key, at) {
      const transaction = (await connect()).transaction('entries', 'readwrite');
      const entry = await transaction.store.get(key);
      if (entry) await transaction.store.put({ ...entry, lastUsedAt: at, hits: (Number.isSafeInteger(entry.hits) ? entry.hits : 0) + 1 });
      await transaction.done;
    },
    async delete(key) {
      await (await connect()).delete('entries', key);
    },
    async recent(scope, limit) {
      const transaction = (await connect()).transaction('entries', 'readonly');
      const found: CacheEntry[] = [];
      // Entries without a vector (made in exact mode) share the index; the walk is bounded anyway.
      let budget = limit * 4;
      let cursor = await transaction.store.index('scopeLastUsed').openCursor(IDBKeyRange.bound([scope, -Infinity], [scope, Infinity]), 'prev');
      while (cursor && found.length < limit && budget > 0) {
        if (cursor.value.vector !== undefined) found.push(cursor.value);
        budget -= 1;
        cursor = await cursor.continue();
      }
      await transaction.done;
      return found;
    },
    async evict(expiredBefore, maxEntries) {
      const transaction = (await connect()).transaction('entries', 'readwrite');
      let removed = 0;
      let expired = await transaction.store.index('createdAt').openCursor(IDBKeyRange.upperBound(expiredBefore));
      while (expired) {
        await expired.delete();
        removed += 1;
        expired = await expired.continue();
      }
      let excess = (await transaction.store.count()) - Math.max(0, maxEntries);
      let leastRecent = excess > 0 ? await transaction.store.index('lastUsedAt').openCursor() : null;
      while (leastRecent && excess > 0) {
        await leastRecent.delete();
        removed += 1;
        excess -= 1;
        leastRecent = await leastRecent.continue();
      }
      await transaction.done;
      return removed;
    },
    async count() {
      return (await connect()).count('entries');
    },
  };
}
