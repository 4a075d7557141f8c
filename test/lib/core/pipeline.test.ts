import { describe, expect, it } from 'vitest';
import { MAX_SCAN_CHARS } from '../../../lib/core/limits.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import type { Verdict } from '../../../lib/core/verdict.ts';
import { drift } from '../../../lib/detectors/drift.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import type { PolicyProfile } from '../../../lib/policy/profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
import { ConversationStore } from '../../../lib/session/conversation-state.ts';
import { createSessionStage } from '../../../lib/session/session-stage.ts';
import { fakeDetector, finding, reportOf } from '../../support/fake-detectors.ts';

async function verdictOf(promise: ReturnType<ReturnType<typeof createPipeline>['scan']>): Promise<Verdict> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const profileWith = (changes: Partial<PolicyProfile>): PolicyProfile => ({ ...PROFILES.standard!, ...changes });

describe('pipeline', () => {
  it('allows a clean text with the real detectors and reports every stage latency', async () => {
    const pipeline = createPipeline({ detectors: DETECTORS });
    const verdict = await verdictOf(pipeline.scan({ text: 'Hello, how are you?', direction: 'inbound' }));
    expect(verdict.action).toBe('allow');
    expect(verdict.fromCache).toBe(false);
    expect(verdict.policyVersion).toBe('standard@2');
    expect(Object.keys(verdict.latencyMs).sort()).toEqual(['decide', 'detectors', 'gate', 'normalize', 'route', 'session', 'total']);
    // `drift` judges conversations, not texts: without a session stage it declines explicitly.
    // `kids-context` serves the kids profile only and declines in every other.
    const declines = new Set(['drift', 'kids-context']);
    expect(verdict.outcomes.map((o) => [o.detectorId, o.status])).toEqual(
      DETECTORS.map((d) => [d.meta.id, declines.has(d.meta.id) || !d.meta.directions.includes('inbound') ? 'skipped' : 'ok']),
    );
  });

  it('warns on an oversized text under standard and blocks it under strict', async () => {
    const pipeline = createPipeline({ detectors: DETECTORS });
    const text = 'z'.repeat(100_001);
    expect((await verdictOf(pipeline.scan({ text, direction: 'inbound' }))).action).toBe('warn');
    expect((await verdictOf(pipeline.scan({ text, direction: 'inbound', profile: 'strict' }))).action).toBe('block');
  });

  it('rejects unknown profiles and bad input as errors, never throws', async () => {
    const pipeline = createPipeline({ detectors: DETECTORS });
    expect(await pipeline.scan({ text: 'x', direction: 'inbound', profile: 'nope' })).toEqual({
      ok: false,
      error: 'unknown profile "nope"',
    });
    expect((await pipeline.scan({ text: 'x', direction: 'sideways' as 'inbound' })).ok).toBe(false);
    expect((await pipeline.scan({ text: 42 as unknown as string, direction: 'inbound' })).ok).toBe(false);
    expect((await pipeline.scan({ text: 'x', direction: 'inbound', profile: '__proto__' })).ok).toBe(false);
    const huge = await pipeline.scan({ text: 'x'.repeat(MAX_SCAN_CHARS + 1), direction: 'inbound' });
    expect(huge.ok || huge.error).toMatch(/scans at most 2000000/);
  });

  it('records a throwing detector as failed(threw) and applies onDetectorFailure', async () => {
    const broken = fakeDetector('broken', () => {
      throw new Error('boom');
    });
    const pipeline = createPipeline({ detectors: [broken] });
    const standard = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }));
    expect(standard.outcomes[0]).toMatchObject({ status: 'failed', code: 'threw' });
    expect(standard.action).toBe('warn');
    expect(standard.reasons[0]).toMatchObject({ category: 'detector-failure', ruleIds: ['broken/threw'] });

    const open = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound', profile: profileWith({ onDetectorFailure: 'fail-open' }) }));
    expect(open.action).toBe('allow');
    const closed = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound', profile: profileWith({ onDetectorFailure: 'fail-closed' }) }));
    expect(closed.action).toBe('block');
  });

  it('times out a detector whose promise never settles, and the scan still completes', async () => {
    const hanging = fakeDetector('hanging', () => new Promise(() => {}));
    const pipeline = createPipeline({ detectors: [hanging] });
    const verdict = await verdictOf(
      pipeline.scan({ text: 'hi', direction: 'inbound', profile: profileWith({ detectorTimeoutMs: 20 }) }),
    );
    expect(verdict.outcomes[0]).toMatchObject({ status: 'failed', code: 'timeout' });
    expect(verdict.latencyMs.total).toBeGreaterThanOrEqual(15);
  });

  it('discards the result of a synchronous detector that overran its time', async () => {
    let now = 0;
    const slow = fakeDetector('slow', () => {
      now += 500;
      return reportOf();
    });
    const pipeline = createPipeline({ detectors: [slow], clock: () => now });
    const verdict = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }));
    expect(verdict.outcomes[0]).toMatchObject({ status: 'failed', code: 'timeout' });
  });

  it('treats findings that break the contract as failed(invalid-output)', async () => {
    const cases = [
      reportOf({ ...finding('liar', 0.5), ruleId: 'other/hit' }),
      reportOf(finding('liar', Number.NaN)),
      reportOf(finding('liar', 0.5, 'secrets')),
      reportOf(finding('liar', 0.5, 'prompt-attack', { spans: [{ start: 0, end: 99 }] })),
      reportOf({ ...finding('liar', 0.5), matchedText: 'hi' } as never),
      { status: 'weird' } as never,
    ];
    for (const report of cases) {
      const pipeline = createPipeline({ detectors: [fakeDetector('liar', () => report)] });
      const verdict = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }));
      expect(verdict.outcomes[0]).toMatchObject({ status: 'failed', code: 'invalid-output' });
    }
  });

  it('opens the circuit after repeated failures, backs off, and closes after a successful trial', async () => {
    let now = 0;
    let failing = true;
    const flaky = fakeDetector('flaky', () => {
      if (failing) throw new Error('down');
      return reportOf();
    });
    const pipeline = createPipeline({ detectors: [flaky], clock: () => now });
    const scan = () => verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }));
    for (let i = 0; i < 3; i += 1) expect((await scan()).outcomes[0]!.status).toBe('failed');
    expect((await scan()).outcomes[0]).toMatchObject({ status: 'skipped', reason: 'circuit-open' });
    expect(flaky.calls).toBe(3);

    now += 1_000; // base back-off over: one trial, which fails → open for twice as long
    expect((await scan()).outcomes[0]!.status).toBe('failed');
    now += 1_999;
    expect((await scan()).outcomes[0]).toMatchObject({ status: 'skipped', reason: 'circuit-open' });
    now += 1;
    failing = false;
    expect((await scan()).outcomes[0]!.status).toBe('ok');
    expect((await scan()).outcomes[0]!.status).toBe('ok');
    expect(flaky.calls).toBe(6);
  });

  it("warmUp pays a cheap detector's first-use cost once, so the first scan still has budget for the costly ones", async () => {
    let now = 0;
    const build = () => {
      // The first run builds an index: 80 ms, over the standard profile's 50 ms budget.
      if (gate.calls === 1) now += 80;
      return reportOf();
    };
    const gate = fakeDetector('gate', build);
    const model = fakeDetector('model', () => reportOf(), { cost: 'costly' });
    const cold = createPipeline({ detectors: [gate, model], clock: () => now });
    const coldScan = await verdictOf(cold.scan({ text: 'hi', direction: 'inbound' }));
    expect(coldScan.outcomes.find((o) => o.detectorId === 'model')).toMatchObject({ status: 'skipped', reason: 'budget' });

    gate.calls = 0;
    model.calls = 0;
    const warmed = createPipeline({ detectors: [gate, model], clock: () => now });
    await warmed.warmUp();
    await warmed.warmUp();
    expect([gate.calls, model.calls]).toEqual([1, 0]);
    const firstScan = await verdictOf(warmed.scan({ text: 'hi', direction: 'inbound' }));
    expect(firstScan.outcomes.find((o) => o.detectorId === 'model')).toMatchObject({ status: 'ok' });
  });

  it('warmUp resolves even when a detector throws on its first run, and the first scan runs it as usual', async () => {
    let throwing = true;
    const flaky = fakeDetector('flaky', () => {
      if (throwing) throw new Error('first run');
      return reportOf();
    });
    const pipeline = createPipeline({ detectors: [flaky] });
    await expect(pipeline.warmUp()).resolves.toBeUndefined();
    throwing = false;
    expect((await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }))).outcomes[0]!.status).toBe('ok');
  });

  it('runs shadow detectors for the record without changing the verdict', async () => {
    const loud = fakeDetector('loud', () => reportOf(finding('loud', 0.99)));
    const pipeline = createPipeline({ detectors: [loud] });
    const active = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound' }));
    expect(active.action).toBe('block');
    const shadowed = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound', profile: profileWith({ shadow: ['loud'] }) }));
    expect(shadowed.action).toBe('allow');
    expect(shadowed.findings).toEqual([]);
    expect(shadowed.outcomes[0]).toMatchObject({ status: 'ok', shadow: true });
    if (shadowed.outcomes[0]!.status === 'ok') expect(shadowed.outcomes[0]!.findings).toHaveLength(1);
  });

  it('lets several weak signals in one category add up to an action', async () => {
    const a = fakeDetector('weak-a', () => reportOf(finding('weak-a', 0.5)));
    const b = fakeDetector('weak-b', () => reportOf(finding('weak-b', 0.5)));
    const one = await verdictOf(createPipeline({ detectors: [a] }).scan({ text: 'hi', direction: 'inbound' }));
    const two = await verdictOf(createPipeline({ detectors: [a, b] }).scan({ text: 'hi', direction: 'inbound' }));
    expect(one.risk.byCategory['prompt-attack']).toBeCloseTo(0.5);
    expect(two.risk.byCategory['prompt-attack']).toBeCloseTo(0.75);
    expect(one.action).toBe('warn');
    expect(two.action).toBe('warn');
  });

  it('skips detectors not made for the direction or disabled by the profile', async () => {
    const inboundOnly = fakeDetector('inbound-only', () => reportOf(), { directions: ['inbound'] });
    const pipeline = createPipeline({ detectors: [inboundOnly] });
    const outbound = await verdictOf(pipeline.scan({ text: 'hi', direction: 'outbound' }));
    expect(outbound.outcomes[0]).toMatchObject({ status: 'skipped', reason: 'direction' });
    const disabled = await verdictOf(pipeline.scan({ text: 'hi', direction: 'inbound', profile: profileWith({ disabled: ['inbound-only'] }) }));
    expect(disabled.outcomes[0]).toMatchObject({ status: 'skipped', reason: 'disabled' });
    expect(inboundOnly.calls).toBe(0);
  });

  it('passes the gate findings to costly detectors', async () => {
    const gate = fakeDetector('gate', () => reportOf(finding('gate', 0.3)));
    let seen = -1;
    const costly = fakeDetector('model', () => reportOf(), { cost: 'costly' });
    costly.run = (context) => {
      seen = context.gateFindings.length;
      return reportOf();
    };
    await verdictOf(createPipeline({ detectors: [gate, costly] }).scan({ text: 'hi', direction: 'inbound' }));
    expect(seen).toBe(1);
  });

  it('builds placeholder redactions for redact categories', async () => {
    const text = 'mail bob@example.com and again bob@example.com or ann@example.com';
    const spanOf = (needle: string, from = 0) => {
      const start = text.indexOf(needle, from);
      return { start, end: start + needle.length };
    };
    const pii = fakeDetector(
      'pii-fake',
      () =>
        reportOf(
          finding('pii-fake', 0.9, 'pii', {
            redactAs: 'email',
            spans: [spanOf('bob@example.com'), spanOf('bob@example.com', 20), spanOf('ann@example.com')],
          }),
        ),
      { categories: ['pii'] },
    );
    const verdict = await verdictOf(createPipeline({ detectors: [pii] }).scan({ text, direction: 'inbound' }));
    expect(verdict.action).toBe('redact');
    expect(verdict.redactions.map((r) => r.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_1]', '[EMAIL_2]']);
  });

  describe('session stage', () => {
    /** A detector whose score for a text is the number written in it ("risk 0.6"), so a test can script a conversation. */
    const scripted = fakeDetector('scripted', (text) => {
      const score = Number(/risk ([0-9.]+)/.exec(text)?.[1] ?? 0);
      return score > 0 ? reportOf(finding('scripted', score)) : reportOf();
    });
    const withSession = (store = new ConversationStore(), clock?: () => number) =>
      createPipeline({ detectors: [scripted, drift], session: createSessionStage({ store, ...(clock ? { clock } : {}) }), ...(clock ? { clock } : {}) });

    async function converse(pipeline: ReturnType<typeof createPipeline>, texts: string[], extra: object = {}) {
      const verdicts: Verdict[] = [];
      for (const [i, text] of texts.entries()) {
        verdicts.push(await verdictOf(pipeline.scan({ text, direction: 'inbound', conversationId: 'chat', turnId: `t${i}`, ...extra })));
      }
      return verdicts;
    }

    it('is not there without a session stage: no state, no drift outcome, zero session time', async () => {
      let now = 0;
      const pipeline = createPipeline({ detectors: [scripted], clock: () => (now += 1) });
      const verdicts = await converse(pipeline, ['risk 0.6', 'risk 0.6', 'risk 0.6', 'risk 0.6']);
      for (const verdict of verdicts) {
        expect(verdict.outcomes.map((o) => o.detectorId)).toEqual(['scripted']);
        expect(verdict.latencyMs.session).toBe(0);
        expect(verdict.action).toBe('warn');
      }
    });

    it('flags an escalating conversation on the turn that tips it, and lets policy decide', async () => {
      const verdicts = await converse(withSession(), ['hello', 'risk 0.45', 'risk 0.5', 'risk 0.55', 'risk 0.6']);
      expect(verdicts.map((v) => v.findings.some((f) => f.ruleId === 'drift/crescendo'))).toEqual([false, false, false, false, true]);
      const last = verdicts.at(-1)!;
      expect(last.reasons.find((r) => r.category === 'drift')).toMatchObject({ action: 'warn', ruleIds: ['drift/crescendo'] });
      expect(last.outcomes.map((o) => o.detectorId)).toEqual(['scripted', 'drift']); // drift recorded once, by the stage
      // Each turn alone: below the prompt-attack warning for the first, a warning for the others.
      expect(verdicts[1]!.action).toBe('allow');
    });

    it('blocks under strict once the alarm grows, and oscillation catches spaced re-tries', async () => {
      const strict = await converse(withSession(), ['risk 0.97', 'risk 0.97', 'risk 0.97'], { profile: 'strict' });
      expect(strict.at(-1)!.reasons.find((r) => r.category === 'drift')).toMatchObject({ action: 'block' });

      const spaced = await converse(withSession(), ['hi', 'risk 0.8', 'hi', 'hi', 'hi', 'hi', 'risk 0.8']);
      expect(spaced.at(-1)!.findings.map((f) => f.ruleId)).toEqual(['scripted/hit', 'drift/oscillation']);
    });

    it('keeps conversations apart and skips scans without a conversation id', async () => {
      const store = new ConversationStore();
      const pipeline = withSession(store);
      for (const conversationId of ['a', 'b', 'a', 'b']) {
        const verdict = await verdictOf(pipeline.scan({ text: 'risk 0.6', direction: 'inbound', conversationId }));
        expect(verdict.findings.filter((f) => f.detectorId === 'drift')).toEqual([]);
      }
      const anonymous = await verdictOf(pipeline.scan({ text: 'risk 0.6', direction: 'inbound' }));
      expect(anonymous.outcomes.at(-1)).toMatchObject({ detectorId: 'drift', status: 'skipped', reason: 'detector:no-conversation' });
      const reply = await verdictOf(pipeline.scan({ text: 'risk 0.6', direction: 'outbound', conversationId: 'a' }));
      expect(reply.outcomes.at(-1)).toMatchObject({ status: 'skipped', reason: 'direction' });
      expect(store.turns('a')).toHaveLength(2);
      expect(store.turns('b')).toHaveLength(2);
    });

    it('obeys the profile: a disabled drift keeps no state, a shadowed one does not count', async () => {
      const store = new ConversationStore();
      const disabled = await converse(withSession(store), ['risk 0.97', 'risk 0.97', 'risk 0.97'], { profile: profileWith({ disabled: ['drift'] }) });
      expect(disabled.at(-1)!.outcomes.at(-1)).toMatchObject({ status: 'skipped', reason: 'disabled' });
      expect(store.size).toBe(0);

      const shadowed = await converse(withSession(), ['risk 0.97', 'risk 0.97', 'risk 0.97'], { profile: profileWith({ shadow: ['drift'] }) });
      const last = shadowed.at(-1)!;
      expect(last.findings.filter((f) => f.detectorId === 'drift')).toEqual([]);
      expect(last.outcomes.at(-1)).toMatchObject({ detectorId: 'drift', status: 'ok', shadow: true });
    });

    it('times the stage on its own', async () => {
      let now = 0;
      const verdict = await verdictOf(withSession(new ConversationStore(), () => (now += 1)).scan({ text: 'hi', direction: 'inbound', conversationId: 'c' }));
      expect(verdict.latencyMs.session).toBeGreaterThan(0);
      expect(Object.values(verdict.latencyMs).every((ms) => ms >= 0)).toBe(true);
    });

    it('rejects malformed conversation and turn ids', async () => {
      const pipeline = withSession();
      for (const bad of [{ conversationId: '' }, { conversationId: 'x'.repeat(257) }, { conversationId: 7 }, { turnId: '' }, { turnId: {} }]) {
        const result = await pipeline.scan({ text: 'hi', direction: 'inbound', conversationId: 'c', ...(bad as object) });
        expect(result.ok).toBe(false);
      }
    });
  });
});
