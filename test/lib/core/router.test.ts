import { describe, expect, it } from 'vitest';
import { route, type RouteInput } from '../../../lib/core/router.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import type { PolicyProfile } from '../../../lib/policy/profile.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
import { fakeDetector, reportOf } from '../../support/fake-detectors.ts';

const compiled = (profile: PolicyProfile) => {
  const result = compilePolicy(profile);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

const input = (changes: Partial<RouteInput> = {}): RouteInput => ({
  direction: 'inbound',
  textLength: 100,
  policy: compiled(PROFILES.standard!),
  gateAction: 'allow',
  elapsedMs: 0,
  breakerAllows: () => true,
  ...changes,
});

const model = fakeDetector('model', () => reportOf(), { cost: 'costly', categories: ['prompt-attack'], expectedMs: 5, maxChars: 10_000 });
const piiModel = fakeDetector('pii-model', () => reportOf(), { cost: 'costly', categories: ['pii'], expectedMs: 5 });

describe('route', () => {
  it('runs a costly detector when its categories can still raise the action', () => {
    expect(route(model, input(), 'costly')).toEqual({ run: true });
    expect(route(model, input({ gateAction: 'warn' }), 'costly')).toEqual({ run: true });
  });

  it('skips a costly detector once the gate already blocks', () => {
    expect(route(model, input({ gateAction: 'block' }), 'costly')).toEqual({ run: false, reason: 'router' });
  });

  it('still runs a redacting detector when the gate redacts (it can add spans)', () => {
    expect(route(piiModel, input({ gateAction: 'redact' }), 'costly')).toEqual({ run: true });
  });

  it('skips a detector whose categories the profile allows whatever the risk', () => {
    const lenient = compiled({ ...PROFILES.standard!, id: 'lenient', categories: {} });
    expect(route(model, input({ policy: lenient }), 'costly')).toEqual({ run: false, reason: 'router' });
  });

  it('counts policy conditions when working out what a category can reach', () => {
    const conditional = compiled({
      ...PROFILES.standard!,
      id: 'conditional',
      categories: {},
      conditions: [{ id: 'c', when: 'site == "x.test"', category: 'prompt-attack', action: 'block' }],
    });
    expect(route(model, input({ policy: conditional }), 'costly')).toEqual({ run: true });
  });

  it('runs shadow detectors even when they cannot change the outcome', () => {
    const shadow = compiled({ ...PROFILES.standard!, id: 'shadowing', shadow: ['model'] });
    expect(route(model, input({ policy: shadow, gateAction: 'block' }), 'costly')).toEqual({ run: true });
  });

  it('respects the latency budget, text size, direction, disabled list and circuit breaker', () => {
    expect(route(model, input({ elapsedMs: 46 }), 'costly')).toEqual({ run: false, reason: 'budget' });
    expect(route(model, input({ textLength: 10_001 }), 'costly')).toEqual({ run: false, reason: 'size' });
    const outboundOnly = fakeDetector('out', () => reportOf(), { directions: ['outbound'] });
    expect(route(outboundOnly, input(), 'gate')).toEqual({ run: false, reason: 'direction' });
    const disabling = compiled({ ...PROFILES.standard!, id: 'disabling', disabled: ['model'] });
    expect(route(model, input({ policy: disabling }), 'costly')).toEqual({ run: false, reason: 'disabled' });
    expect(route(model, input({ breakerAllows: () => false }), 'costly')).toEqual({ run: false, reason: 'circuit-open' });
  });

  it('always runs cheap gate detectors regardless of budget or gate action', () => {
    expect(route(model, input({ elapsedMs: 10_000, gateAction: 'block' }), 'gate')).toEqual({ run: true });
  });

  it('asks the circuit breaker only when everything else says run (a trial is not wasted)', () => {
    let asked = 0;
    route(model, input({ gateAction: 'block', breakerAllows: () => (asked += 1) > 0 }), 'costly');
    expect(asked).toBe(0);
  });
});
