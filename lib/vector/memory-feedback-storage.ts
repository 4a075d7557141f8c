import type { FeedbackChange, FeedbackStorage } from './feedback-store.ts';

/**
 * FeedbackStorage in memory: for the CLI and tests, and wherever nothing should outlive the
 * process. Values are cloned in and out, as IndexedDB's structured clone does, so no caller can
 * change a stored record by holding on to it.
 */
export function createMemoryFeedbackStorage(): FeedbackStorage & { readonly size: number } {
  const records = new Map<string, unknown>();
  return {
    get size() {
      return records.size;
    },
    async loadAll() {
      return [...records.values()].map((value) => structuredClone(value));
    },
    async apply(change: FeedbackChange) {
      for (const id of change.delete) records.delete(id);
      for (const record of change.put) records.set(record.id, structuredClone(record));
    },
  };
}
