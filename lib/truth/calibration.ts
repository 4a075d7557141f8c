import type { TruthRuleId } from './truth-rules.ts';

/**
 * Each truth rule's score: its precision on the labelled sentences of
 * test/lib/truth/calibration-sentences.ts (written before the detector was run on them; no public
 * dataset has replies with wrong doses or wrong emergency numbers), Laplace-smoothed and capped.
 * test/lib/truth/calibration.test.ts re-counts tp/fp and fails when this table is stale.
 *
 * The cap is 0.9 because hand-written sentences overstate precision: real replies phrase dosing
 * and cleaning advice in more ways than any author thinks of. On the train split of
 * ../shared/datasets/dev/outbound.jsonl the detector fired on 0 of 11,628 benign replies, which
 * says it is quiet, not how precise it is when it fires (those rows hold almost no dosing advice).
 */

export const MAX_SCORE = 0.9;

/** (tp + 1) / (tp + fp + 2), at most MAX_SCORE: a rule with one example scores 0.67, not 1. */
export function calibratedScore(tp: number, fp: number): number {
  return Math.min(MAX_SCORE, Math.round((1000 * (tp + 1)) / (tp + fp + 2)) / 1000);
}

const entry = (tp: number, fp: number) => ({ tp, fp, score: calibratedScore(tp, fp) });

export const TRUTH_CALIBRATION: Record<TruthRuleId, { tp: number; fp: number; score: number }> = {
  'dose-above-maximum': entry(10, 0),
  'dose-above-label': entry(4, 0),
  'single-dose-above-label': entry(1, 0),
  'dangerous-mixture': entry(5, 0),
  'wrong-emergency-number': entry(5, 0),
  'wrong-poison-control-number': entry(2, 0),
  'tls-verification-disabled': entry(3, 0),
  'world-writable-permissions': entry(1, 0),
  'csrf-or-auth-disabled': entry(1, 0),
  'weak-password-hash': entry(1, 0),
  'eval-untrusted-input': entry(1, 0),
};
