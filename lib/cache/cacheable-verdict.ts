import type { SkipReason } from '../core/outcome.ts';
import type { Verdict } from '../core/verdict.ts';

/**
 * Skips that depend on the moment rather than on the text: the latency budget ran out, a circuit
 * breaker was open, a chunked detector was aborted by its timeout.
 */
const TRANSIENT_SKIPS: ReadonlySet<SkipReason> = new Set<SkipReason>(['budget', 'circuit-open', 'detector:aborted']);

/**
 * Whether a verdict is a property of the text and its context, and so may answer the same question
 * again. A verdict in which any detector failed (timed out, threw, model not loaded yet) or was
 * skipped for a transient reason is what the pipeline could check *this time*; caching it would
 * keep a "could not check" warning — or a verdict without the model that had not loaded yet —
 * after the cause went away.
 */
export function isCacheableVerdict(verdict: Verdict): boolean {
  return verdict.outcomes.every(
    (outcome) => outcome.status === 'ok' || (outcome.status === 'skipped' && !TRANSIENT_SKIPS.has(outcome.reason)),
  );
}
