import type { RecordedFinding } from './finding.ts';

/** Why a detector did not run. */
export type SkipReason =
  | 'direction' // not made for this direction
  | 'disabled' // turned off by the profile
  | 'router' // could not change the outcome (see router.ts)
  | 'budget' // the scan's latency budget was spent
  | 'size' // text longer than the detector's maxChars
  | 'circuit-open' // failing repeatedly; backing off
  | `detector:${string}`; // the detector declined (e.g. `detector:model-unavailable`)

/**
 * `model-unavailable`: a model-backed detector could not load its model (missing file, hash
 * mismatch, runtime error); the scan goes on with the other detectors (see decide.ts).
 */
export type FailureCode = 'timeout' | 'threw' | 'invalid-output' | 'model-unavailable';

interface OutcomeBase {
  detectorId: string;
  version: string;
  /** Ran for the record only: its findings never change the verdict. */
  shadow: boolean;
}

/** Every detector's result is explicit: ok, skipped or failed — never an implicit "assume safe". */
export type DetectorOutcome =
  | (OutcomeBase & { status: 'ok'; findings: RecordedFinding[]; durationMs: number })
  | (OutcomeBase & { status: 'skipped'; reason: SkipReason })
  | (OutcomeBase & { status: 'failed'; code: FailureCode; durationMs: number });
