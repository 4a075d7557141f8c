import { describe, expect, it } from 'vitest';
import { FeedbackStore, type FeedbackChange, type FeedbackStorage } from '../../../lib/vector/feedback-store.ts';
import { createMemoryFeedbackStorage } from '../../../lib/vector/memory-feedback-storage.ts';

const vector = (...values: number[]) => Float32Array.from(values);

function storeWith(storage: FeedbackStorage = createMemoryFeedbackStorage(), maxRecords = 3) {
  let clock = 1_000;
  let ids = 0;
  return new FeedbackStore(storage, { maxRecords, now: () => (clock += 1), newId: () => `id-${(ids += 1)}` });
}

describe('FeedbackStore', () => {
  it('adds exemplars with a unit vector, a label, a time and an id — and nothing else', async () => {
    const store = storeWith();
    const record = await store.add({ label: 'attack', embedderId: 'm@1', vector: [3, 4] });
    expect(Object.keys(record).sort()).toEqual(['createdAt', 'embedderId', 'id', 'label', 'vector']);
    expect([...record.vector]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect(await store.list()).toEqual([record]);
  });

  it('refuses a vector with no direction', async () => {
    const store = storeWith();
    await expect(store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 0] })).rejects.toThrow(/non-zero/);
    await expect(store.add({ label: 'fine', embedderId: 'm@1', vector: [Number.NaN, 1] })).rejects.toThrow(/finite/);
    expect(await store.list()).toEqual([]);
  });

  it('drops the oldest beyond the cap, in memory and in storage', async () => {
    const storage = createMemoryFeedbackStorage();
    const store = storeWith(storage, 3);
    for (let i = 1; i <= 5; i += 1) await store.add({ label: i % 2 ? 'attack' : 'fine', embedderId: 'm@1', vector: [i, 1] });
    expect((await store.list()).map((r) => r.id)).toEqual(['id-3', 'id-4', 'id-5']);
    expect(storage.size).toBe(3);
  });

  it('undoes the last addition, repeatedly, then reports nothing left', async () => {
    const store = storeWith();
    await store.add({ label: 'attack', embedderId: 'm@1', vector: [1, 0] });
    await store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] });
    expect((await store.undoLast())?.id).toBe('id-2');
    expect((await store.list()).map((r) => r.id)).toEqual(['id-1']);
    expect((await store.undoLast())?.id).toBe('id-1');
    expect(await store.undoLast()).toBeUndefined();
  });

  it('removes by id and clears everything', async () => {
    const storage = createMemoryFeedbackStorage();
    const store = storeWith(storage);
    await store.add({ label: 'attack', embedderId: 'm@1', vector: [1, 0] });
    await store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] });
    expect(await store.remove('id-1')).toBe(true);
    expect(await store.remove('id-1')).toBe(false);
    expect((await store.list()).map((r) => r.id)).toEqual(['id-2']);
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(storage.size).toBe(0);
  });

  it('survives a restart: a new store reads the records back, oldest first', async () => {
    const storage = createMemoryFeedbackStorage();
    const first = storeWith(storage);
    await first.add({ label: 'attack', embedderId: 'm@1', vector: [1, 0] });
    await first.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] });
    const second = new FeedbackStore(storage, { newId: () => 'id-3', now: () => 5_000 });
    expect((await second.list()).map((r) => r.id)).toEqual(['id-1', 'id-2']);
    expect((await second.undoLast())?.id).toBe('id-2');
  });

  it('deletes what storage holds that is not a valid record, or is over a lowered cap', async () => {
    const storage = createMemoryFeedbackStorage();
    const big = storeWith(storage, 10);
    for (let i = 1; i <= 4; i += 1) await big.add({ label: 'attack', embedderId: 'm@1', vector: [i, 1] });
    await storage.apply({
      put: [
        { id: 'bad-label', label: 'maybe', embedderId: 'm', vector: vector(1), createdAt: 1 } as never,
        { id: 'bad-vector', label: 'fine', embedderId: 'm', vector: [1, 2], createdAt: 1 } as never,
        { id: 'with-text', label: 'fine', embedderId: 'm', vector: vector(1, 0), createdAt: 9_999, text: 'secret prompt' } as never,
      ],
      delete: [],
    });
    const small = storeWith(storage, 3);
    const records = await small.list();
    expect(records.map((r) => r.id)).toEqual(['id-3', 'id-4', 'with-text']);
    // A stray field is never passed on, and storage keeps only what survived the check.
    expect('text' in records[2]!).toBe(false);
    expect(storage.size).toBe(3);
  });

  it('serialises concurrent clicks: no addition is lost', async () => {
    const store = storeWith(createMemoryFeedbackStorage(), 100);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.add({ label: 'attack', embedderId: 'm@1', vector: [i + 1, 1] })));
    expect(await store.list()).toHaveLength(20);
  });

  it('changes nothing when storage rejects a write, and keeps working afterwards', async () => {
    const memory = createMemoryFeedbackStorage();
    let failNext = false;
    const flaky: FeedbackStorage = {
      loadAll: () => memory.loadAll(),
      async apply(change: FeedbackChange) {
        if (failNext) {
          failNext = false;
          throw new Error('QuotaExceededError');
        }
        await memory.apply(change);
      },
    };
    const store = storeWith(flaky);
    await store.add({ label: 'attack', embedderId: 'm@1', vector: [1, 0] });
    failNext = true;
    await expect(store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] })).rejects.toThrow(/Quota/);
    failNext = true;
    await expect(store.undoLast()).rejects.toThrow(/Quota/);
    expect((await store.list()).map((r) => r.id)).toEqual(['id-1']);
    await store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] });
    expect(await store.list()).toHaveLength(2);
  });

  it('hands out snapshots that later changes do not alter', async () => {
    const store = storeWith();
    await store.add({ label: 'attack', embedderId: 'm@1', vector: [1, 0] });
    const snapshot = await store.list();
    await store.add({ label: 'fine', embedderId: 'm@1', vector: [0, 1] });
    expect(snapshot).toHaveLength(1);
  });
});
