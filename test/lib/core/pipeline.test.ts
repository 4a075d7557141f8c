import { describe, expect, it } from 'vitest';
import { MAX_SCAN_CHARS } from '../../../lib/core/limits.ts';
import { createPipeline } from '../../../lib/core/pipeline.ts';
import type { Verdict } from '../../../lib/core/verdict.ts';
import { DETECTORS } from '../../../lib/detectors/index.ts';
import type { PolicyProfile } from '../../../lib/policy/profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
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
    expect(verdict.policyVersion).toBe('standard@1');
    expect(Object.keys(verdict.latencyMs).sort()).toEqual(['decide', 'detectors', 'gate', 'normalize', 'route', 'total']);
    expect(verdict.outcomes.map((o) => [o.detectorId, o.status])).toEqual(DETECTORS.map((d) => [d.meta.id, 'ok']));
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
});
