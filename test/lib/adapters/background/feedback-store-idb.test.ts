import { describe, expect, it } from 'vitest';
import { createIdbFeedbackStorage, type FeedbackDatabase } from '../../../../lib/adapters/background/feedback-store-idb.ts';
import { FeedbackStore, type FeedbackRecord } from '../../../../lib/vector/feedback-store.ts';

/**
 * No IndexedDB implementation (fake-indexeddb) is installed, so this fake plays the part of the
 * idb database: one object store, and transactions that apply all their operations or none
 * (a transaction that saw a failing operation is rolled back, as IndexedDB aborts it).
 */
function fakeDatabase(options: { failPutsOf?: string } = {}) {
  const rows = new Map<string, unknown>();
  const calls = { transactions: 0 };
  const database: FeedbackDatabase = {
    async getAll(store) {
      expect(store).toBe('exemplars');
      return [...rows.values()].map((row) => structuredClone(row));
    },
    transaction(store, mode) {
      expect([store, mode]).toEqual(['exemplars', 'readwrite']);
      calls.transactions += 1;
      const pending: Array<() => void> = [];
      let failed = false;
      let settle!: (ok: boolean) => void;
      const settled = new Promise<boolean>((resolve) => (settle = resolve));
      queueMicrotask(() => queueMicrotask(() => settle(!failed)));
      return {
        store: {
          async put(value: FeedbackRecord) {
            if (value.id === options.failPutsOf) {
              failed = true;
              throw new Error('DataCloneError');
            }
            pending.push(() => rows.set(value.id, structuredClone(value)));
            return value.id;
          },
          async delete(key: string) {
            pending.push(() => rows.delete(key));
          },
        },
        done: settled.then((ok) => {
          if (!ok) throw new Error('AbortError');
          for (const apply of pending) apply();
        }),
      };
    },
  };
  return { database, rows, calls };
}

describe('feedback storage in IndexedDB (idb)', () => {
  it('stores records by id and reads them back through a new store (a restarted worker)', async () => {
    const { database, rows } = fakeDatabase();
    const storage = createIdbFeedbackStorage(async () => database);
    const store = new FeedbackStore(storage, { newId: () => 'r1' });
    await store.add({ label: 'attack', embedderId: 'm@1', vector: [1, 2, 2] });
    expect([...rows.keys()]).toEqual(['r1']);
    const stored = rows.get('r1') as FeedbackRecord;
    expect(stored.vector).toBeInstanceOf(Float32Array);
    expect(Object.keys(stored).sort()).toEqual(['createdAt', 'embedderId', 'id', 'label', 'vector']);
    const again = new FeedbackStore(createIdbFeedbackStorage(async () => database));
    expect((await again.list()).map((r) => r.id)).toEqual(['r1']);
  });

  it('adds and evicts in one transaction', async () => {
    const { database, rows, calls } = fakeDatabase();
    let id = 0;
    const store = new FeedbackStore(createIdbFeedbackStorage(async () => database), { maxRecords: 2, newId: () => `r${(id += 1)}` });
    for (let i = 0; i < 3; i += 1) await store.add({ label: 'fine', embedderId: 'm@1', vector: [1, i] });
    expect([...rows.keys()].sort()).toEqual(['r2', 'r3']);
    expect(calls.transactions).toBe(3);
  });

  it('rejects, and changes nothing, when the transaction fails', async () => {
    const { database, rows } = fakeDatabase({ failPutsOf: 'broken' });
    const store = new FeedbackStore(createIdbFeedbackStorage(async () => database), { newId: () => 'broken' });
    await expect(store.add({ label: 'fine', embedderId: 'm@1', vector: [1, 0] })).rejects.toThrow();
    expect(rows.size).toBe(0);
    expect(await store.list()).toEqual([]);
  });

  it('opens the database once, and again after opening failed or the browser closed it', async () => {
    const { database } = fakeDatabase();
    let opens = 0;
    let terminate: (() => void) | undefined;
    const storage = createIdbFeedbackStorage(async (onTerminated) => {
      opens += 1;
      terminate = onTerminated;
      if (opens === 1) throw new Error('UnknownError');
      return database;
    });
    await expect(storage.loadAll()).rejects.toThrow(/UnknownError/);
    await storage.loadAll();
    await storage.loadAll();
    expect(opens).toBe(2);
    terminate!();
    await storage.loadAll();
    expect(opens).toBe(3);
  });
});
