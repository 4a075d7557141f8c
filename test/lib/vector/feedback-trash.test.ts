import { describe, expect, it } from 'vitest';
import { deletedFrom, memoryFeedbackTrash, storageFeedbackTrash, type TrashStorageArea } from '../../../lib/vector/feedback-trash.ts';

const deleted = { label: 'fine' as const, embedderId: 'model@1', vector: Float32Array.from([0.6, 0.8]) };

function memoryArea(): TrashStorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

describe.each([
  ['memory', () => memoryFeedbackTrash()],
  ['storage area', () => storageFeedbackTrash(memoryArea())],
])('feedback trash (%s)', (_name, create) => {
  it('keeps only the last deletion and hands it out once', async () => {
    const trash = create();
    expect(await trash.take()).toBeUndefined();
    await trash.put({ ...deleted, label: 'attack' });
    await trash.put(deleted);
    expect(await trash.take()).toEqual(deleted);
    expect(await trash.take()).toBeUndefined();
  });
});

describe('storageFeedbackTrash', () => {
  it('stores a plain number list (no text) and ignores what is not a deletion', async () => {
    const area = memoryArea();
    const trash = storageFeedbackTrash(area);
    await trash.put(deleted);
    expect(area.data.get('feedbackTrash')).toEqual({ label: 'fine', embedderId: 'model@1', vector: [Float32Array.from([0.6])[0], Float32Array.from([0.8])[0]] });
    area.data.set('feedbackTrash', { label: 'fine', embedderId: 'model@1', vector: ['x'] });
    expect(await trash.take()).toBeUndefined();
    expect(area.data.has('feedbackTrash')).toBe(false);
  });

  it('deletedFrom keeps label, embedder and vector of a record', () => {
    expect(deletedFrom({ id: 'a', createdAt: 1, ...deleted })).toEqual(deleted);
  });
});
