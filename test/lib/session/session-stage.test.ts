import { describe, expect, it } from 'vitest';
import type { Category } from '../../../lib/core/category.ts';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import { normalize } from '../../../lib/core/normalize.ts';
import { ConversationStore } from '../../../lib/session/conversation-state.ts';
import { createSessionStage, type SessionTurn } from '../../../lib/session/session-stage.ts';

const risky = (score: number, category: Category = 'prompt-attack'): RecordedFinding => ({
  detectorId: 'prompt-attack',
  ruleId: 'prompt-attack/hit',
  category,
  severity: 'high',
  score,
  spans: [],
});

const turn = (overrides: Partial<SessionTurn> = {}): SessionTurn => ({
  conversationId: 'chat-1',
  direction: 'inbound',
  text: normalize('a message that must never be stored'),
  findings: [],
  shadow: false,
  disabled: false,
  ...overrides,
});

describe('createSessionStage', () => {
  it('declines explicitly without a conversation, for replies and when disabled, touching no state', () => {
    const store = new ConversationStore();
    const stage = createSessionStage({ store });
    expect(stage.detectorId).toBe('drift');
    expect(stage.observe(turn({ conversationId: undefined }))).toMatchObject({ detectorId: 'drift', status: 'skipped', reason: 'detector:no-conversation' });
    expect(stage.observe(turn({ direction: 'outbound' }))).toMatchObject({ status: 'skipped', reason: 'direction' });
    expect(stage.observe(turn({ disabled: true }))).toMatchObject({ status: 'skipped', reason: 'disabled' });
    expect(store.size).toBe(0);
  });

  it('records each turn’s risk and reports drift findings once the conversation escalates', () => {
    const store = new ConversationStore();
    let now = 0;
    const stage = createSessionStage({ store, clock: () => (now += 1) });
    const outcomes = [0, 0.45, 0.5, 0.55, 0.6].map((score) => stage.observe(turn({ findings: score ? [risky(score)] : [] })));
    expect(store.turns('chat-1')!.map((t) => t.risk)).toEqual([0, 0.45, 0.5, 0.55, 0.6]);
    expect(outcomes.slice(0, 4).map((o) => (o.status === 'ok' ? o.findings.length : -1))).toEqual([0, 0, 0, 0]);
    expect(outcomes[4]).toMatchObject({ status: 'ok', shadow: false, durationMs: 1 });
    const last = outcomes[4]!;
    if (last.status !== 'ok') throw new Error('expected ok');
    expect(last.findings).toEqual([expect.objectContaining({ detectorId: 'drift', ruleId: 'drift/crescendo', category: 'drift', spans: [] })]);
  });

  it('counts only intent categories towards the turn risk', () => {
    const store = new ConversationStore();
    const stage = createSessionStage({ store });
    stage.observe(turn({ findings: [risky(1, 'secrets'), risky(0.3, 'obfuscation')] }));
    expect(store.turns('chat-1')).toHaveLength(1);
    expect(store.turns('chat-1')![0]!.risk).toBeCloseTo(0.3);
  });

  it('does not count a re-scanned turn twice', () => {
    const store = new ConversationStore();
    const stage = createSessionStage({ store });
    for (let i = 0; i < 5; i += 1) stage.observe(turn({ turnId: 'draft-3', findings: [risky(0.97)] }));
    const outcome = stage.observe(turn({ turnId: 'draft-3', findings: [risky(0.97)] }));
    expect(store.turns('chat-1')).toHaveLength(1);
    expect(outcome.status === 'ok' && outcome.findings).toEqual([]);
  });

  it('records shadow findings on a shadow outcome', () => {
    const stage = createSessionStage({ store: new ConversationStore() });
    let outcome = stage.observe(turn({ shadow: true }));
    for (const score of [0.97, 0.97]) outcome = stage.observe(turn({ shadow: true, findings: [risky(score)] }));
    expect(outcome).toMatchObject({ status: 'ok', shadow: true });
    expect(outcome.status === 'ok' && outcome.findings.length).toBeGreaterThan(0);
  });

  it('feeds embedding distances in when a provider is given, and survives one that throws', () => {
    const store = new ConversationStore();
    const seen: string[] = [];
    const vectors = [new Float32Array([1, 0]), new Float32Array([0, 1])];
    const stage = createSessionStage({
      store,
      embed: (text) => {
        seen.push(text);
        return vectors[seen.length - 1] ?? null;
      },
    });
    stage.observe(turn({ text: normalize('Hello\u200b there') }));
    stage.observe(turn());
    expect(seen[0]).toBe('Hello there'); // the canonical view: invisible characters removed
    expect(store.turns('chat-1')![1]!.distance).toBeCloseTo(1);

    const broken = createSessionStage({
      store,
      embed: () => {
        throw new Error('model not loaded');
      },
    });
    expect(broken.observe(turn({ conversationId: 'chat-2' }))).toMatchObject({ status: 'ok' });
    expect(store.turns('chat-2')).toEqual([{ risk: 0 }]);
  });

  it('turns an internal error into failed(threw) instead of breaking the scan', () => {
    const store = new ConversationStore();
    store.record = () => {
      throw new Error('boom');
    };
    expect(createSessionStage({ store }).observe(turn())).toMatchObject({ detectorId: 'drift', status: 'failed', code: 'threw' });
  });

  it('keeps no text in its state', () => {
    const store = new ConversationStore();
    const stage = createSessionStage({ store, embed: () => new Float32Array([0.5, 0.25]) });
    stage.observe(turn({ turnId: 't1', findings: [risky(0.6)] }));
    stage.observe(turn({ turnId: 't2' }));
    expect(JSON.stringify(store)).not.toMatch(/message|stored/);
  });
});
