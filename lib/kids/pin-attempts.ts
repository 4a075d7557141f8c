import { serialQueue } from '../core/serial-queue.ts';
import { KIDS_KEYS, type KidsStorageArea } from './kids-storage.ts';

/**
 * Rate limiting for PIN guesses. The first FREE_ATTEMPTS wrong PINs in a row cost nothing (a parent
 * mistyping); the one that reaches the limit locks for 30 s, and every further wrong PIN (once the
 * lock is over) locks again for twice as long, up to an hour. A right PIN starts afresh.
 *
 * The state is in storage.local, not memory: MV3 stops the service worker when idle, and the
 * browser can be restarted — neither may reset the count. A clock set back (a child changing the
 * system time) does not shorten a lock: a lock that started "in the future" counts from now.
 */

export const FREE_ATTEMPTS = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;

export interface AttemptState {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** When the current (or last) lock-out started and how long it lasts; absent before the first. */
  lockStartedAt?: number;
  lockMs?: number;
}

export const NO_ATTEMPTS: AttemptState = { failures: 0 };

/** 30 s for the first lock-out, doubling for each later one, capped at an hour. */
export function lockoutMs(lockoutNumber: number): number {
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.max(0, lockoutNumber - 1));
}

/** Milliseconds until a PIN may be tried again; 0 when it may be tried now. */
export function waitMs(state: AttemptState, now: number): number {
  if (state.lockStartedAt === undefined || state.lockMs === undefined) return 0;
  // Clock moved back past the lock's start: count the whole lock from now rather than trust it.
  if (now < state.lockStartedAt) return state.lockMs;
  return Math.max(0, state.lockStartedAt + state.lockMs - now);
}

/** The state after a wrong PIN at `now` (only called when waitMs was 0). */
export function afterFailure(state: AttemptState, now: number): AttemptState {
  const failures = state.failures + 1;
  if (failures < FREE_ATTEMPTS) return { failures };
  return { failures, lockStartedAt: now, lockMs: lockoutMs(failures - FREE_ATTEMPTS + 1) };
}

export function parseAttemptState(raw: unknown): AttemptState {
  if (typeof raw !== 'object' || raw === null) return NO_ATTEMPTS;
  const { failures, lockStartedAt, lockMs } = raw as Partial<AttemptState>;
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0) return NO_ATTEMPTS;
  const state: AttemptState = { failures };
  if (typeof lockStartedAt === 'number' && Number.isFinite(lockStartedAt) && typeof lockMs === 'number' && lockMs > 0) {
    state.lockStartedAt = lockStartedAt;
    state.lockMs = Math.min(lockMs, MAX_LOCKOUT_MS);
  }
  return state;
}

/** What a PIN check says: `locked` carries the wait; `wrong` may have just started a lock-out. */
export type AttemptOutcome =
  | { kind: 'right' }
  | { kind: 'wrong'; waitMs: number; lockoutStarted: boolean }
  | { kind: 'locked'; waitMs: number };

export interface PinAttempts {
  /**
   * Runs `check` unless locked, and counts its answer. Checks run one at a time, so two guesses sent
   * together cannot both slip in before the counter is written.
   */
  attempt(check: () => Promise<boolean>): Promise<AttemptOutcome>;
  /** Milliseconds to wait before the next try (0: now). */
  wait(): Promise<number>;
  reset(): Promise<void>;
}

export function createPinAttempts(area: KidsStorageArea, now: () => number = Date.now): PinAttempts {
  const enqueue = serialQueue();
  const read = async () => parseAttemptState((await area.get(KIDS_KEYS.attempts))[KIDS_KEYS.attempts]);
  const write = (state: AttemptState) => area.set({ [KIDS_KEYS.attempts]: state });

  return {
    attempt(check) {
      return enqueue(async () => {
        const state = await read();
        const before = waitMs(state, now());
        if (before > 0) return { kind: 'locked', waitMs: before };
        if (await check()) {
          await write(NO_ATTEMPTS);
          return { kind: 'right' };
        }
        const at = now();
        const next = afterFailure(state, at);
        await write(next);
        return { kind: 'wrong', waitMs: waitMs(next, at), lockoutStarted: next.lockStartedAt === at };
      });
    },
    wait: () => enqueue(async () => waitMs(await read(), now())),
    reset: () => enqueue(() => write(NO_ATTEMPTS)),
  };
}
