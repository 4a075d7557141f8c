import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConversationStore, isConversationId, type StoredConversations } from '../../../lib/session/conversation-state.ts';

const risks = (store: ConversationStore, id: string) => store.turns(id)?.map((turn) => turn.risk);

function loaded(value: unknown, limits = {}) {
  const result = ConversationStore.fromJSON(value, limits);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('ConversationStore.record', () => {
  it('keeps each conversation’s turn risks apart, oldest first', () => {
    const store = new ConversationStore();
    store.record('a', { risk: 0.1 });
    store.record('b', { risk: 0.9 });
    expect(store.record('a', { risk: 0.2 }).map((t) => t.risk)).toEqual([0.1, 0.2]);
    expect(risks(store, 'b')).toEqual([0.9]);
    expect(store.turns('nope')).toBeUndefined();
    expect(store.size).toBe(2);
  });

  it('replaces a turn scanned again under the same turn id instead of counting it twice', () => {
    const store = new ConversationStore();
    store.record('c', { turnId: 't1', risk: 0 });
    store.record('c', { turnId: 't2', risk: 0.3 });
    store.record('c', { turnId: 't2', risk: 0.6 }); // the draft grew before it was sent
    expect(store.turns('c')).toEqual([
      { turnId: 't1', risk: 0 },
      { turnId: 't2', risk: 0.6 },
    ]);
    store.record('c', { turnId: 't1', risk: 0.4 }); // an earlier message edited
    expect(risks(store, 'c')).toEqual([0.4, 0.6]);
    store.record('c', { risk: 0.1 });
    store.record('c', { risk: 0.1 }); // no turn id: always a new turn
    expect(risks(store, 'c')).toEqual([0.4, 0.6, 0.1, 0.1]);
  });

  it('stores no text and returns copies that cannot change the state', () => {
    const store = new ConversationStore();
    const turns = store.record('c', { turnId: 'm1', risk: 0.5 });
    turns[0]!.risk = 1;
    expect(risks(store, 'c')).toEqual([0.5]);
    expect(JSON.stringify(store)).toBe('{"version":1,"conversations":[{"id":"c","turns":[{"turnId":"m1","risk":0.5}]}]}');
  });

  it('keeps only the last maxTurns turns', () => {
    const store = new ConversationStore({ maxTurns: 3 });
    for (const risk of [0.1, 0.2, 0.3, 0.4, 0.5]) store.record('c', { risk });
    expect(risks(store, 'c')).toEqual([0.3, 0.4, 0.5]);
  });

  it('drops the least recently updated conversation beyond maxConversations', () => {
    const store = new ConversationStore({ maxConversations: 2 });
    store.record('a', { risk: 0 });
    store.record('b', { risk: 0 });
    store.record('a', { risk: 0 }); // a is now the most recent
    store.record('c', { risk: 0 });
    expect(store.size).toBe(2);
    expect(store.turns('b')).toBeUndefined();
    expect(store.turns('a')).toHaveLength(2);
    expect(store.turns('c')).toHaveLength(1);
  });

  it('stays within both caps under any sequence of updates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 300 }), (updates) => {
        const store = new ConversationStore({ maxConversations: 4, maxTurns: 5 });
        for (const [id, risk] of updates) store.record(`c${id}`, { risk });
        expect(store.size).toBeLessThanOrEqual(4);
        for (const { turns } of store.toJSON().conversations) expect(turns.length).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('holds at least one conversation and one turn whatever limits it is given', () => {
    const store = new ConversationStore({ maxConversations: 0, maxTurns: Number.NaN });
    expect(store.limits).toMatchObject({ maxConversations: 1, maxTurns: 50 });
    expect(store.record('a', { risk: 0.5 })).toEqual([{ risk: 0.5 }]);
    store.record('b', { risk: 0.25 });
    expect(store.size).toBe(1);
  });

  it('counts a risk outside 0..1 as 0 and ignores an invalid turn id', () => {
    const store = new ConversationStore();
    store.record('c', { risk: Number.NaN });
    store.record('c', { risk: 7 });
    store.record('c', { risk: 0.5, turnId: '' });
    expect(store.turns('c')).toEqual([{ risk: 0 }, { risk: 0 }, { risk: 0.5 }]);
  });

  it('refuses an invalid conversation id', () => {
    const store = new ConversationStore();
    expect(() => store.record('', { risk: 0 })).toThrow(TypeError);
    expect(() => store.record('x'.repeat(257), { risk: 0 })).toThrow(TypeError);
    expect(isConversationId('x'.repeat(256))).toBe(true);
    expect(isConversationId(5)).toBe(false);
  });

  it('forgets one conversation or all of them', () => {
    const store = new ConversationStore();
    store.record('a', { risk: 0 });
    store.record('b', { risk: 0 });
    expect(store.forget('a')).toBe(true);
    expect(store.forget('a')).toBe(false);
    store.clear();
    expect(store.size).toBe(0);
  });
});

describe('ConversationStore embeddings', () => {
  it('records each turn’s cosine distance to the mean of the earlier turns', () => {
    const store = new ConversationStore();
    store.record('c', { risk: 0, embedding: new Float32Array([1, 0]) });
    store.record('c', { risk: 0, embedding: new Float32Array([1, 0]) });
    const turns = store.record('c', { risk: 0, embedding: new Float32Array([0, 1]) });
    expect(turns[0]!.distance).toBeUndefined(); // nothing to compare the first turn with
    expect(turns[1]!.distance).toBeCloseTo(0);
    expect(turns[2]!.distance).toBeCloseTo(1);
    expect(store.toJSON().conversations[0]!.embedding).toEqual({ mean: [1, 0], count: 2, latest: [0, 1] });
  });

  it('replaces the latest turn’s embedding when that turn is scanned again', () => {
    const store = new ConversationStore();
    store.record('c', { turnId: '1', risk: 0, embedding: [1, 0] });
    store.record('c', { turnId: '2', risk: 0, embedding: [0, 1] });
    const turns = store.record('c', { turnId: '2', risk: 0, embedding: [1, 0] });
    expect(turns[1]!.distance).toBeCloseTo(0);
    expect(store.toJSON().conversations[0]!.embedding).toEqual({ mean: [1, 0], count: 1, latest: [1, 0] });
  });

  it('starts the mean again when the embedding size changes (another model)', () => {
    const store = new ConversationStore();
    store.record('c', { risk: 0, embedding: [1, 0] });
    store.record('c', { risk: 0, embedding: [1, 0] });
    const turns = store.record('c', { risk: 0, embedding: [1, 0, 0] });
    expect(turns[2]!.distance).toBeUndefined();
    expect(store.toJSON().conversations[0]!.embedding).toEqual({ mean: [], count: 0, latest: [1, 0, 0] });
  });

  it('ignores unusable embeddings and turns without one', () => {
    const store = new ConversationStore({ maxEmbeddingDimensions: 2 });
    store.record('c', { risk: 0, embedding: [1, 0, 0] });
    store.record('c', { risk: 0, embedding: [Number.NaN, 1] });
    store.record('c', { risk: 0, embedding: null });
    expect(store.toJSON().conversations[0]!.embedding).toBeUndefined();
  });
});

describe('ConversationStore JSON', () => {
  function sample(): ConversationStore {
    const store = new ConversationStore();
    store.record('a', { turnId: 'm1', risk: 0.25, embedding: [0.5, 0.5] });
    store.record('b', { risk: 1 });
    store.record('a', { turnId: 'm2', risk: 0.75, embedding: [0.5, -0.5] });
    return store;
  }

  it('round-trips through JSON text, recency order included', () => {
    const store = sample();
    const { store: copy, dropped } = loaded(JSON.parse(JSON.stringify(store)), { maxConversations: 2 });
    expect(dropped).toBe(0);
    expect(copy.toJSON()).toEqual(store.toJSON());
    copy.record('c', { risk: 0 }); // evicts the least recently used: b
    expect(copy.turns('b')).toBeUndefined();
    expect(copy.turns('a')).toHaveLength(2);
    // The mean of [0.5, 0.5] and [0.5, -0.5] is [0.5, 0]: 45° away from [0.5, 0.5].
    expect(copy.record('a', { risk: 0, embedding: [0.5, 0.5] }).at(-1)!.distance).toBeCloseTo(1 - Math.SQRT1_2);
  });

  it('rejects input that is not a version-1 store', () => {
    for (const value of [null, 42, 'x', [], {}, { version: 2, conversations: [] }, { version: 1 }, { version: 1, conversations: {} }]) {
      expect(ConversationStore.fromJSON(value).ok).toBe(false);
    }
  });

  it('drops malformed conversations and keeps the rest', () => {
    const good = { id: 'good', turns: [{ risk: 0.5 }] };
    const hostile: unknown[] = [
      good,
      null,
      'conversation',
      { id: '', turns: [] },
      { id: 'x'.repeat(257), turns: [] },
      { id: 7, turns: [] },
      { id: 'no-turns' },
      { id: 'turns-object', turns: { 0: { risk: 0 } } },
      { id: 'risk-high', turns: [{ risk: 2 }] },
      { id: 'risk-negative', turns: [{ risk: -0.1 }] },
      { id: 'risk-string', turns: [{ risk: '0.5' }] },
      { id: 'turn-id', turns: [{ risk: 0, turnId: 5 }] },
      { id: 'distance', turns: [{ risk: 0, distance: 3 }] },
      { id: 'turn-array', turns: [[0.5]] },
      { id: 'count-float', turns: [], embedding: { mean: [1], count: 1.5 } },
      { id: 'count-negative', turns: [], embedding: { mean: [], count: -1 } },
      { id: 'mean-nan', turns: [], embedding: { mean: [1, 'x'], count: 1 } },
      { id: 'mean-empty', turns: [], embedding: { mean: [], count: 1 } },
      { id: 'latest-size', turns: [], embedding: { mean: [1, 0], count: 1, latest: [1] } },
      { id: 'embedding-array', turns: [], embedding: [] },
    ];
    const { store, dropped } = loaded({ version: 1, conversations: hostile });
    expect(dropped).toBe(hostile.length - 1);
    expect(store.toJSON().conversations).toEqual([good]);
  });

  it('is not fooled by prototype keys, duplicates, getters or oversized lists', () => {
    const parsed = JSON.parse('{"version":1,"conversations":[{"id":"__proto__","turns":[{"risk":0.5,"__proto__":{"polluted":true}}]},{"id":"d","turns":[]},{"id":"d","turns":[{"risk":0.2}]}]}');
    const { store, dropped } = loaded(parsed);
    expect(dropped).toBe(1);
    expect(store.turns('__proto__')).toEqual([{ risk: 0.5 }]);
    expect(risks(store, 'd')).toEqual([0.2]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const trap = { version: 1, get conversations(): never { throw new Error('boom'); } };
    expect(ConversationStore.fromJSON(trap)).toEqual({ ok: false, error: 'stored conversations: unreadable' });

    const many = { version: 1, conversations: Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, turns: Array.from({ length: 80 }, () => ({ risk: 0 })) })) };
    const big = loaded(many, { maxConversations: 10, maxTurns: 5 });
    expect(big.store.size).toBe(10);
    expect(big.dropped).toBe(490);
    expect(big.store.turns('c499')).toHaveLength(5);
    expect(big.store.turns('c489')).toBeUndefined();

    const wide = { version: 1, conversations: [{ id: 'w', turns: [], embedding: { mean: new Array(2_000).fill(0.1), count: 1 } }] };
    expect(loaded(wide).dropped).toBe(1);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => ConversationStore.fromJSON(value)).not.toThrow();
        expect(() => ConversationStore.fromJSON({ version: 1, conversations: [value, { id: 'x', turns: [value] }] })).not.toThrow();
      }),
    );
  });

  it('accepts what it writes for any sequence of updates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c'), risk: fc.double({ min: 0, max: 1, noNaN: true }), turnId: fc.option(fc.constantFrom('1', '2', '3'), { nil: undefined }) }), { maxLength: 40 }),
        (updates) => {
          const store = new ConversationStore({ maxTurns: 6 });
          for (const { id, risk, turnId } of updates) store.record(id, { risk, turnId, embedding: [risk, 1 - risk] });
          const stored: StoredConversations = JSON.parse(JSON.stringify(store));
          const copy = loaded(stored);
          expect(copy.dropped).toBe(0);
          expect(copy.store.toJSON()).toEqual(store.toJSON());
        },
      ),
    );
  });
});
