import { err, ok, type Result } from '../core/result.ts';
import { addToMean, cosineDistance, isUsableEmbedding } from './embedding-drift.ts';

/**
 * Per-conversation memory for the session stage: for each conversation, the risk of its last
 * turns (and, when an embedding provider is configured, the running mean of the turns'
 * embeddings). Never any text: a turn is a number, an optional caller-chosen turn id and an
 * optional embedding distance.
 *
 * Bounded: at most `maxConversations` conversations (the least recently updated is dropped first)
 * and `maxTurns` turns each (the oldest is dropped first). The statistics are recomputed from the
 * kept turns on every update, so nothing derived is stored (or has to be trusted when loaded).
 *
 * The extension's background can be killed at any time, so the store serialises to plain JSON
 * (`toJSON`) and is rebuilt from whatever storage hands back (`fromJSON`), which treats its input
 * as untrusted: malformed conversations are dropped, not half-loaded.
 */

export interface ConversationLimits {
  maxConversations: number;
  maxTurns: number;
  /** Embeddings longer than this are ignored (bounds memory and storage). */
  maxEmbeddingDimensions: number;
}

export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {
  maxConversations: 200,
  maxTurns: 50,
  maxEmbeddingDimensions: 1_024,
};

/** Conversation and turn ids are opaque keys chosen by the caller (a chat URL's id, a counter). */
export const MAX_ID_CHARS = 256;

export interface TurnRecord {
  /** Set when the caller named the turn: scanning the same turn again replaces this record. */
  turnId?: string;
  /** The turn's risk (turn-risk.ts), 0..1. */
  risk: number;
  /** Cosine distance of the turn's embedding to the mean of the earlier turns', 0..2. */
  distance?: number;
}

/** What `record` needs about one turn. */
export interface TurnObservation {
  turnId?: string;
  risk: number;
  embedding?: ArrayLike<number> | null;
}

interface EmbeddingState {
  /** Mean of the embeddings of every turn before the latest one. */
  mean: number[];
  count: number;
  /** The latest turn's embedding: folded into the mean when the next turn arrives, so a re-scan of the latest turn can replace it. */
  latest?: number[];
}

interface Conversation {
  turns: TurnRecord[];
  embedding?: EmbeddingState;
}

/** The JSON form (version 1). Conversations are listed least recently used first. */
export interface StoredConversations {
  version: 1;
  conversations: Array<{
    id: string;
    turns: TurnRecord[];
    embedding?: { mean: number[]; count: number; latest?: number[] };
  }>;
}

export const isConversationId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS;

const isUnit = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;

export class ConversationStore {
  readonly limits: ConversationLimits;
  // Map keeps insertion order: re-inserting on every update makes the first key the least recently used.
  readonly #conversations = new Map<string, Conversation>();

  constructor(limits: Partial<ConversationLimits> = {}) {
    // Each limit is at least 1: a store that could hold nothing would drop the turn it is recording.
    const limit = (key: keyof ConversationLimits) => {
      const value = limits[key];
      return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : DEFAULT_CONVERSATION_LIMITS[key];
    };
    this.limits = { maxConversations: limit('maxConversations'), maxTurns: limit('maxTurns'), maxEmbeddingDimensions: limit('maxEmbeddingDimensions') };
  }

  get size(): number {
    return this.#conversations.size;
  }

  /** A copy of a conversation's kept turns, oldest first (does not count as a use). */
  turns(conversationId: string): TurnRecord[] | undefined {
    return this.#conversations.get(conversationId)?.turns.map((turn) => ({ ...turn }));
  }

  /**
   * Adds a turn, or replaces the turn of the same `turnId` (a pre-scan of a draft, a re-send after
   * an edit) so that it is not counted twice. Returns the conversation's turns, oldest first.
   */
  record(conversationId: string, observation: TurnObservation): TurnRecord[] {
    if (!isConversationId(conversationId)) throw new TypeError('conversation id must be a string of 1–256 characters');
    const conversation = this.#conversations.get(conversationId) ?? { turns: [] };
    this.#conversations.delete(conversationId);
    this.#conversations.set(conversationId, conversation);
    while (this.#conversations.size > this.limits.maxConversations) {
      this.#conversations.delete(this.#conversations.keys().next().value!);
    }

    const risk = isUnit(observation.risk) ? observation.risk : 0;
    const turnId = isConversationId(observation.turnId) ? observation.turnId : undefined;
    const embedding = isUsableEmbedding(observation.embedding, this.limits.maxEmbeddingDimensions)
      ? Array.from(observation.embedding)
      : undefined;
    const { turns } = conversation;
    const index = turnId === undefined ? -1 : turns.findLastIndex((turn) => turn.turnId === turnId);
    const isLatest = index >= 0 && index === turns.length - 1;

    if (index >= 0 && !isLatest) {
      // An earlier turn scanned again: its risk is updated; its place in the embedding mean stays.
      turns[index] = { ...turns[index]!, risk };
      return this.turns(conversationId)!;
    }
    const distance = this.#updateEmbedding(conversation, embedding, isLatest);
    const turn: TurnRecord = {
      ...(turnId !== undefined ? { turnId } : {}),
      risk,
      ...(distance !== null ? { distance } : {}),
    };
    if (isLatest) turns[index] = turn;
    else turns.push(turn);
    if (turns.length > this.limits.maxTurns) turns.splice(0, turns.length - this.limits.maxTurns);
    return this.turns(conversationId)!;
  }

  /** Forgets one conversation (the user closed or deleted it). */
  forget(conversationId: string): boolean {
    return this.#conversations.delete(conversationId);
  }

  clear(): void {
    this.#conversations.clear();
  }

  toJSON(): StoredConversations {
    return {
      version: 1,
      conversations: [...this.#conversations].map(([id, conversation]) => ({
        id,
        turns: conversation.turns.map((turn) => ({ ...turn })),
        ...(conversation.embedding
          ? {
              embedding: {
                mean: [...conversation.embedding.mean],
                count: conversation.embedding.count,
                ...(conversation.embedding.latest ? { latest: [...conversation.embedding.latest] } : {}),
              },
            }
          : {}),
      })),
    };
  }

  /**
   * Rebuilds a store from `toJSON` output read back from storage. The input is untrusted: a wrong
   * shape or version is an error; a conversation with any malformed field is dropped (counted in
   * `dropped`) and the others are kept; everything is cut to the limits. Never throws.
   */
  static fromJSON(
    value: unknown,
    limits: Partial<ConversationLimits> = {},
  ): Result<{ store: ConversationStore; dropped: number }> {
    const store = new ConversationStore(limits);
    try {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return err('stored conversations: not an object');
      const { version, conversations } = value as Partial<StoredConversations>;
      if (version !== 1) return err('stored conversations: unknown version');
      if (!Array.isArray(conversations)) return err('stored conversations: conversations is not a list');
      // Only the most recently used ones can survive the cap, so the rest are not even looked at.
      const candidates = conversations.slice(Math.max(0, conversations.length - store.limits.maxConversations));
      let dropped = conversations.length - candidates.length;
      for (const candidate of candidates) {
        const parsed = parseConversation(candidate, store.limits);
        if (!parsed) {
          dropped += 1;
          continue;
        }
        if (store.#conversations.delete(parsed.id)) dropped += 1; // a duplicate id: the later entry wins
        store.#conversations.set(parsed.id, parsed.conversation);
      }
      return ok({ store, dropped });
    } catch {
      // A getter that throws, a proxy, a cyclic structure: nothing from it is trusted.
      return err('stored conversations: unreadable');
    }
  }

  #updateEmbedding(conversation: Conversation, embedding: number[] | undefined, replacesLatest: boolean): number | null {
    let state = conversation.embedding;
    if (state && !replacesLatest && state.latest) {
      state = { mean: addToMean(state.mean, state.count, state.latest), count: state.count + 1 };
    } else if (state && replacesLatest) {
      state = { mean: state.mean, count: state.count };
    }
    if (!embedding) {
      // A turn without an embedding leaves the mean as it is (the provider may have been busy).
      conversation.embedding = state;
      return null;
    }
    if (state && state.count > 0 && state.mean.length !== embedding.length) state = undefined; // the model changed
    const distance = state && state.count > 0 ? cosineDistance(embedding, state.mean) : null;
    conversation.embedding = { mean: state?.mean ?? [], count: state?.count ?? 0, latest: embedding };
    return distance;
  }
}

const isVector = (value: unknown, maxDimensions: number): value is number[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= maxDimensions &&
  value.every((x) => typeof x === 'number' && Number.isFinite(x));

function parseTurn(value: unknown): TurnRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { turnId, risk, distance } = value as Record<string, unknown>;
  if (!isUnit(risk)) return undefined;
  if (turnId !== undefined && !isConversationId(turnId)) return undefined;
  if (distance !== undefined && !(typeof distance === 'number' && distance >= 0 && distance <= 2)) return undefined;
  return {
    ...(turnId !== undefined ? { turnId } : {}),
    risk,
    ...(distance !== undefined ? { distance } : {}),
  };
}

function parseEmbedding(value: unknown, limits: ConversationLimits): EmbeddingState | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { mean, count, latest } = value as Record<string, unknown>;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return null;
  const meanOk = count === 0 ? Array.isArray(mean) && mean.length === 0 : isVector(mean, limits.maxEmbeddingDimensions);
  if (!meanOk) return null;
  if (latest !== undefined) {
    if (!isVector(latest, limits.maxEmbeddingDimensions)) return null;
    if (count > 0 && latest.length !== (mean as number[]).length) return null;
  }
  return { mean: [...(mean as number[])], count, ...(latest !== undefined ? { latest: [...latest] } : {}) };
}

function parseConversation(
  value: unknown,
  limits: ConversationLimits,
): { id: string; conversation: Conversation } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, turns, embedding } = value as Record<string, unknown>;
  if (!isConversationId(id) || !Array.isArray(turns)) return undefined;
  const kept: TurnRecord[] = [];
  for (const raw of turns.slice(Math.max(0, turns.length - limits.maxTurns))) {
    const turn = parseTurn(raw);
    if (!turn) return undefined;
    kept.push(turn);
  }
  const parsedEmbedding = parseEmbedding(embedding, limits);
  if (parsedEmbedding === null) return undefined;
  return { id, conversation: { turns: kept, ...(parsedEmbedding ? { embedding: parsedEmbedding } : {}) } };
}
