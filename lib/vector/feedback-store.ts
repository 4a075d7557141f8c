import { l2Normalized } from './vector-math.ts';
import { serialQueue } from '../core/serial-queue.ts';

/** What the user said about a text vector-guard saw: it was an attack, or it was fine. */
export type FeedbackLabel = 'attack' | 'fine';

/**
 * One local exemplar. Only the vector, its label, when it was given and by which embedder are
 * kept — never the text (DESIGN.md §5). It stays on this machine: the store has no code path that
 * sends anything anywhere.
 */
export interface FeedbackRecord {
  readonly id: string;
  readonly label: FeedbackLabel;
  /** Embedder.id of the vector's space: after a model update old vectors are ignored, not misread. */
  readonly embedderId: string;
  /** Unit length. */
  readonly vector: Float32Array;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
}

/** One atomic change: the IndexedDB adapter applies it in a single transaction. */
export interface FeedbackChange {
  put: readonly FeedbackRecord[];
  delete: readonly string[];
}

/** Where records persist (memory in core and tests, IndexedDB in the extension). */
export interface FeedbackStorage {
  loadAll(): Promise<unknown[]>;
  apply(change: FeedbackChange): Promise<void>;
}

export interface FeedbackStoreOptions {
  /** Oldest records are dropped beyond this; bounds storage and the per-scan search. */
  maxRecords?: number;
  now?: () => number;
  newId?: () => string;
}

export const DEFAULT_MAX_FEEDBACK_RECORDS = 500;
const MAX_ID_LENGTH = 128;
const MAX_DIMS = 4_096;

/** Storage is not trusted to hold what we wrote (an old version, a corrupt profile): check every field. */
function asFeedbackRecord(value: unknown): FeedbackRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, label, embedderId, vector, createdAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  if (label !== 'attack' && label !== 'fine') return undefined;
  if (typeof embedderId !== 'string' || embedderId.length === 0 || embedderId.length > 255) return undefined;
  if (!(vector instanceof Float32Array) || vector.length === 0 || vector.length > MAX_DIMS) return undefined;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  const unit = l2Normalized(vector);
  if (!unit) return undefined;
  // Rebuilt with the known fields only, so nothing else a stored object carried is passed on.
  return { id, label, embedderId, vector: unit, createdAt };
}

const byAge = (a: FeedbackRecord, b: FeedbackRecord): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The local "online learning" loop: feedback becomes exemplars that vector-guard searches next
 * to the bundled index ('attack' → an attack exemplar, 'fine' → a benign one that also
 * suppresses matches right next to it). Capped (oldest dropped), undoable (undo the last one,
 * or remove any by id).
 *
 * Records are loaded from storage once and then served from memory, so a scan reads them without
 * touching IndexedDB. Operations are queued so that two clicks cannot interleave their
 * read-modify-write, and memory changes only after storage accepted the change: a failed write
 * leaves both as they were.
 */
export class FeedbackStore {
  readonly #storage: FeedbackStorage;
  readonly #maxRecords: number;
  readonly #now: () => number;
  readonly #newId: () => string;
  /** Oldest first; replaced (never mutated) on each change, so a snapshot handed out stays valid. */
  #records: readonly FeedbackRecord[] | undefined;

  constructor(storage: FeedbackStorage, options: FeedbackStoreOptions = {}) {
    this.#storage = storage;
    this.#maxRecords = Math.max(1, Math.floor(options.maxRecords ?? DEFAULT_MAX_FEEDBACK_RECORDS));
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? (() => crypto.randomUUID());
  }

  readonly #enqueue = serialQueue();

  async #loaded(): Promise<readonly FeedbackRecord[]> {
    if (this.#records) return this.#records;
    const stored = await this.#storage.loadAll();
    const valid: FeedbackRecord[] = [];
    const seen = new Set<string>();
    for (const value of stored) {
      const record = asFeedbackRecord(value);
      if (record && !seen.has(record.id)) {
        seen.add(record.id);
        valid.push(record);
      }
    }
    valid.sort(byAge);
    const kept = valid.slice(Math.max(0, valid.length - this.#maxRecords));
    // Records that failed the check or exceed a lowered cap are deleted, not just hidden.
    const keptIds = new Set(kept.map((record) => record.id));
    const dropped = stored
      .map((value) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined))
      .filter((id): id is string => typeof id === 'string' && !keptIds.has(id));
    if (dropped.length > 0) await this.#storage.apply({ put: [], delete: [...new Set(dropped)] });
    this.#records = kept;
    return kept;
  }

  /** Every record, oldest first. Cheap after the first call (served from memory). */
  list(): Promise<readonly FeedbackRecord[]> {
    return this.#records ? Promise.resolve(this.#records) : this.#enqueue(() => this.#loaded());
  }

  /** Adds an exemplar (the vector is normalised; a zero or non-finite vector is refused). */
  add(input: { label: FeedbackLabel; embedderId: string; vector: ArrayLike<number> }): Promise<FeedbackRecord> {
    return this.#enqueue(async () => {
      const record = asFeedbackRecord({
        id: this.#newId(),
        label: input.label,
        embedderId: input.embedderId,
        vector: Float32Array.from(input.vector),
        createdAt: this.#now(),
      });
      if (!record) throw new Error('feedback needs a label, an embedder id and a finite, non-zero vector');
      const records = await this.#loaded();
      const next = [...records, record];
      const evicted = next.slice(0, Math.max(0, next.length - this.#maxRecords));
      await this.#storage.apply({ put: [record], delete: evicted.map((old) => old.id) });
      this.#records = next.slice(evicted.length);
      return record;
    });
  }

  /** Removes the most recently added record still present; returns it, or undefined if none. */
  undoLast(): Promise<FeedbackRecord | undefined> {
    return this.#enqueue(async () => {
      const records = await this.#loaded();
      const last = records.at(-1);
      if (!last) return undefined;
      await this.#storage.apply({ put: [], delete: [last.id] });
      this.#records = records.slice(0, -1);
      return last;
    });
  }

  /** Removes one record; false when there was none with that id. */
  remove(id: string): Promise<boolean> {
    return this.#enqueue(async () => {
      const records = await this.#loaded();
      if (!records.some((record) => record.id === id)) return false;
      await this.#storage.apply({ put: [], delete: [id] });
      this.#records = records.filter((record) => record.id !== id);
      return true;
    });
  }

  /** Forgets every local exemplar. */
  clear(): Promise<void> {
    return this.#enqueue(async () => {
      const records = await this.#loaded();
      if (records.length > 0) await this.#storage.apply({ put: [], delete: records.map((record) => record.id) });
      this.#records = [];
    });
  }
}
