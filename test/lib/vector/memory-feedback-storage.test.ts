import { describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../../../lib/vector/feedback-store.ts';
import { createMemoryFeedbackStorage } from '../../../lib/vector/memory-feedback-storage.ts';

const record = (id: string): FeedbackRecord => ({ id, label: 'fine', embedderId: 'm', vector: Float32Array.of(1, 0), createdAt: 1 });

describe('memory feedback storage', () => {
  it('puts and deletes by id', async () => {
    const storage = createMemoryFeedbackStorage();
    await storage.apply({ put: [record('a'), record('b')], delete: [] });
    await storage.apply({ put: [], delete: ['a', 'missing'] });
    expect(await storage.loadAll()).toEqual([record('b')]);
    expect(storage.size).toBe(1);
  });

  it('clones in and out, as IndexedDB does', async () => {
    const storage = createMemoryFeedbackStorage();
    const stored = record('a');
    await storage.apply({ put: [stored], delete: [] });
    stored.vector[0] = 42;
    const [loaded] = (await storage.loadAll()) as FeedbackRecord[];
    expect(loaded!.vector[0]).toBe(1);
    loaded!.vector[0] = 7;
    expect(((await storage.loadAll()) as FeedbackRecord[])[0]!.vector[0]).toBe(1);
  });
});
