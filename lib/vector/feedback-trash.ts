import type { FeedbackLabel, FeedbackRecord } from './feedback-store.ts';

/** What an undo needs to put an exemplar back: its vector, label and embedder (never any text). */
export interface DeletedFeedback {
  label: FeedbackLabel;
  embedderId: string;
  vector: Float32Array;
}

/**
 * Where the last deleted exemplar waits for "Undo" (only the last: undo is for a slip of the
 * finger, not a history). `take` hands it out once.
 */
export interface FeedbackTrash {
  put(record: DeletedFeedback): Promise<void>;
  take(): Promise<DeletedFeedback | undefined>;
}

/** In memory: lost when the background stops (fine for tests and the CLI). */
export function memoryFeedbackTrash(): FeedbackTrash {
  let last: DeletedFeedback | undefined;
  return {
    async put(record) {
      last = { label: record.label, embedderId: record.embedderId, vector: Float32Array.from(record.vector) };
    },
    async take() {
      const taken = last;
      last = undefined;
      return taken;
    },
  };
}

/** The slice of a storage area the trash uses (browser.storage.session in the extension). */
export interface TrashStorageArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export const FEEDBACK_TRASH_KEY = 'feedbackTrash';
const MAX_DIMS = 4_096;

/** A stored value back as a DeletedFeedback, or undefined when it is not one (storage is not trusted). */
function readDeleted(value: unknown): DeletedFeedback | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { label, embedderId, vector } = value as Record<string, unknown>;
  if (label !== 'attack' && label !== 'fine') return undefined;
  if (typeof embedderId !== 'string' || embedderId.length === 0 || embedderId.length > 255) return undefined;
  if (!Array.isArray(vector) || vector.length === 0 || vector.length > MAX_DIMS || !vector.every((x) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  return { label, embedderId, vector: Float32Array.from(vector as number[]) };
}

/**
 * In a storage area (storage.session: survives the service worker being stopped between "Delete"
 * and "Undo", gone when the browser closes). The vector is stored as a plain number list, as the
 * storage API's JSON-like values require.
 */
export function storageFeedbackTrash(area: TrashStorageArea, key = FEEDBACK_TRASH_KEY): FeedbackTrash {
  return {
    async put(record) {
      await area.set({ [key]: { label: record.label, embedderId: record.embedderId, vector: Array.from(record.vector) } });
    },
    async take() {
      const stored = (await area.get(key))[key];
      if (stored === undefined) return undefined;
      await area.remove(key);
      return readDeleted(stored);
    },
  };
}

/** A record as the trash keeps it. */
export const deletedFrom = (record: FeedbackRecord): DeletedFeedback => ({ label: record.label, embedderId: record.embedderId, vector: record.vector });
