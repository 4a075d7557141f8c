import type { CircuitBreakerSettings } from '../policy/profile.ts';
import type { Clock } from './clock.ts';

interface BreakerState {
  consecutiveFailures: number;
  /** While now < openUntil the detector is not called. */
  openUntil: number;
  backoffMs: number;
  /** One trial call is in flight after the back-off ended (half-open). */
  trialInFlight: boolean;
}

/**
 * One circuit breaker per detector. After `failureThreshold` consecutive failures the detector is
 * skipped for `baseBackoffMs`; then one trial call is let through (half-open). A success closes
 * the circuit; a failure opens it again for twice as long, up to `maxBackoffMs`. This keeps a
 * broken or slow detector from costing every scan its full timeout.
 */
export class CircuitBreakers {
  private readonly states = new Map<string, BreakerState>();

  constructor(private readonly clock: Clock) {}

  /** Whether the detector may run now. Marks the half-open trial as taken. */
  allow(detectorId: string, settings: CircuitBreakerSettings): boolean {
    const state = this.states.get(detectorId);
    if (!state || state.consecutiveFailures < settings.failureThreshold) return true;
    if (this.clock() < state.openUntil || state.trialInFlight) return false;
    state.trialInFlight = true;
    return true;
  }

  recordSuccess(detectorId: string): void {
    this.states.delete(detectorId);
  }

  recordFailure(detectorId: string, settings: CircuitBreakerSettings): void {
    const state = this.states.get(detectorId) ?? {
      consecutiveFailures: 0,
      openUntil: 0,
      backoffMs: 0,
      trialInFlight: false,
    };
    state.consecutiveFailures += 1;
    if (state.consecutiveFailures >= settings.failureThreshold) {
      state.backoffMs = state.trialInFlight
        ? Math.min(settings.maxBackoffMs, Math.max(settings.baseBackoffMs, state.backoffMs * 2))
        : settings.baseBackoffMs;
      state.openUntil = this.clock() + state.backoffMs;
    }
    state.trialInFlight = false;
    this.states.set(detectorId, state);
  }

  /** For the popup/options model status and for tests. */
  isOpen(detectorId: string, settings: CircuitBreakerSettings): boolean {
    const state = this.states.get(detectorId);
    return !!state && state.consecutiveFailures >= settings.failureThreshold && this.clock() < state.openUntil;
  }
}
