import { openDB, type DBSchema } from 'idb';
import type { FeedbackChange, FeedbackRecord, FeedbackStorage } from '../../vector/feedback-store.ts';
import { reconnectingConnection } from './idb-connection.ts';

export const FEEDBACK_DB_NAME = 'rampart-feedback';
const FEEDBACK_DB_VERSION = 1;
const STORE = 'exemplars';

interface FeedbackSchema extends DBSchema {
  [STORE]: { key: string; value: FeedbackRecord };
}

/**
 * The slice of an idb database the storage uses: what `openDB` returns satisfies it, and a test
 * can hand in a small fake where no IndexedDB implementation is installed.
 */
export interface FeedbackDatabase {
  getAll(store: typeof STORE): Promise<unknown[]>;
  transaction(
    store: typeof STORE,
    mode: 'readwrite',
  ): {
    store: { put(value: FeedbackRecord): Promise<unknown>; delete(key: string): Promise<unknown> };
    done: Promise<void>;
  };
}

/** Opens (and on first use creates) the feedback database: one object store keyed by record id. */
export async function openFeedbackDatabase(name: string = FEEDBACK_DB_NAME, onTerminated?: () => void): Promise<FeedbackDatabase> {
  const database = await openDB<FeedbackSchema>(name, FEEDBACK_DB_VERSION, {
    upgrade(upgrading) {
      if (!upgrading.objectStoreNames.contains(STORE)) upgrading.createObjectStore(STORE, { keyPath: 'id' });
    },
    terminated: onTerminated,
  });
  return {
    getAll: (store) => database.getAll(store),
    transaction(store, mode) {
      const transaction = database.transaction(store, mode);
      return {
        store: { put: (value) => transaction.store.put(value), delete: (key) => transaction.store.delete(key) },
        done: transaction.done,
      };
    },
  };
}

/**
 * FeedbackStorage in IndexedDB, for the background: vector-guard's local exemplars survive the
 * service worker being stopped and the browser restarting, and stay on this machine. Records hold
 * a Float32Array, which IndexedDB stores by structured clone as it is (no text, ever: the record
 * type has no field for it). A change is one readwrite transaction, so adding a record and
 * evicting the oldest happen together or not at all. The connection is opened on first use and
 * opened again after a failure or after the browser closed it.
 */
export function createIdbFeedbackStorage(
  open: (onTerminated: () => void) => Promise<FeedbackDatabase> = (onTerminated) => openFeedbackDatabase(FEEDBACK_DB_NAME, onTerminated),
): FeedbackStorage {
  const connect = reconnectingConnection(open);

  return {
    async loadAll() {
      return (await connect()).getAll(STORE);
    },
    async apply(change: FeedbackChange) {
      const transaction = (await connect()).transaction(STORE, 'readwrite');
      await Promise.all([
        ...change.delete.map((id) => transaction.store.delete(id)),
        ...change.put.map((record) => transaction.store.put(record)),
        transaction.done,
      ]);
    },
  };
}
