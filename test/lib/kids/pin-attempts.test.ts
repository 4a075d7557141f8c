import { describe, expect, it } from 'vitest';
import { afterFailure, createPinAttempts, lockoutMs, NO_ATTEMPTS, parseAttemptState, waitMs } from '../../../lib/kids/pin-attempts.ts';
import { KIDS_KEYS } from '../../../lib/kids/kids-storage.ts';
import { fakeClock, memoryArea } from './memory-area.ts';

const wrong = async () => false;
const right = async () => true;

describe('PIN attempt limits', () => {
  it('doubles the lock-out from 30 s and caps it at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(lockoutMs)).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000]);
  });

  it('follows the timeline: 4 free misses, lock on the 5th, doubled locks after, reset on the right PIN', async () => {
    const area = memoryArea();
    const clock = fakeClock();
    const attempts = createPinAttempts(area, clock.now);
    for (let i = 0; i < 4; i++) expect(await attempts.attempt(wrong)).toEqual({ kind: 'wrong', waitMs: 0, lockoutStarted: false });
    expect(await attempts.attempt(wrong)).toEqual({ kind: 'wrong', waitMs: 30_000, lockoutStarted: true });

    // Locked: even the right PIN is not checked.
    let checked = false;
    clock.advance(10_000);
    expect(await attempts.attempt(async () => (checked = true))).toEqual({ kind: 'locked', waitMs: 20_000 });
    expect(checked).toBe(false);

    clock.advance(20_000);
    expect(await attempts.wait()).toBe(0);
    expect(await attempts.attempt(wrong)).toEqual({ kind: 'wrong', waitMs: 60_000, lockoutStarted: true });
    clock.advance(60_000);
    expect(await attempts.attempt(wrong)).toEqual({ kind: 'wrong', waitMs: 120_000, lockoutStarted: true });
    clock.advance(120_000);
    expect(await attempts.attempt(right)).toEqual({ kind: 'right' });
    expect(area.data.get(KIDS_KEYS.attempts)).toEqual(NO_ATTEMPTS);
    // Afresh: four free misses again.
    for (let i = 0; i < 4; i++) expect((await attempts.attempt(wrong)).kind).toBe('wrong');
    expect(await attempts.wait()).toBe(0);
  });

  it('survives a worker restart: a new instance on the same storage is still locked', async () => {
    const area = memoryArea();
    const clock = fakeClock();
    const first = createPinAttempts(area, clock.now);
    for (let i = 0; i < 5; i++) await first.attempt(wrong);
    const restarted = createPinAttempts(area, clock.now);
    clock.advance(5_000);
    expect(await restarted.attempt(right)).toEqual({ kind: 'locked', waitMs: 25_000 });
  });

  it('counts guesses sent together one by one', async () => {
    const clock = fakeClock();
    const attempts = createPinAttempts(memoryArea(), clock.now);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => attempts.attempt(wrong)));
    expect(outcomes.filter((o) => o.kind === 'wrong')).toHaveLength(5);
    expect(outcomes.filter((o) => o.kind === 'locked')).toHaveLength(3);
  });

  it('does not let a clock set back shorten a lock', () => {
    const state = afterFailure({ failures: 4 }, 1_000_000);
    expect(waitMs(state, 1_000_000 + 10_000)).toBe(20_000);
    expect(waitMs(state, 500_000)).toBe(30_000);
  });

  it('repairs a damaged stored state', () => {
    expect(parseAttemptState(undefined)).toEqual(NO_ATTEMPTS);
    expect(parseAttemptState({ failures: -3 })).toEqual(NO_ATTEMPTS);
    expect(parseAttemptState({ failures: 6, lockStartedAt: 5, lockMs: 1e12 })).toEqual({ failures: 6, lockStartedAt: 5, lockMs: 3_600_000 });
    expect(parseAttemptState({ failures: 2, lockStartedAt: 'x', lockMs: 5 })).toEqual({ failures: 2 });
  });
});
