import type { CusumParameters } from './cusum.ts';
import type { OscillationParameters } from './oscillation.ts';

/** Embedding drift as an extra CUSUM input (only when an embedding provider is configured). */
export interface EmbeddingDriftParameters {
  /** Cosine distances up to this are ordinary topic movement and add nothing. */
  allowance: number;
  /** Each unit of distance beyond the allowance adds this much to the turn's observation. */
  weight: number;
}

export interface DriftParameters {
  crescendo: CusumParameters;
  oscillation: OscillationParameters;
  embedding: EmbeddingDriftParameters;
}

/**
 * The defaults, and why. Per-turn risk is the risk of turn-risk.ts (0..1). The values were chosen
 * on synthetic conversations built from TRAIN rows of ../shared/datasets/dev by
 * `npx tsx scripts/measure-drift.ts --tune` (validation rows are only ever reported on; results
 * in lib/detectors/drift.md), under two design rules that hold whatever the data says:
 *
 * 1. One turn alone never trips the CUSUM: 1 − k ≤ h, so even a turn at risk 1 leaves S ≤ h. A
 *    single risky message is the per-turn detectors' business; drift is about the sequence.
 * 2. A calm turn (risk 0) always pulls S down by k, so an alarm fades after (S − h)/k clean turns.
 *
 * crescendo.allowance k = 0.25. With the rule detectors of the time, per-turn risk was 0 on 99.6%
 *   of benign and 98.7% of benign_hard train rows (before `persuasion` was registered) and
 *   0.5–0.97 on the attack rows they catch; every k from
 *   0.1 to 0.3 detected within 1 point of the best on train. 0.25 is chosen for what comes next:
 *   trained classifiers give harmless text small non-zero scores, and a k above that noise keeps
 *   long benign chats from creeping towards h, while moderate turns (0.35–0.5, which no profile
 *   blocks on their own) still accumulate: four turns at 0.45, or three at 0.55, alarm.
 * crescendo.threshold h = 0.75: the smallest h rule 1 allows for this k, so two turns at ≥ 0.9
 *   (what the rules score clear attacks) at most two calm turns apart alarm. On train (1,000
 *   conversations per kind, detectors registered at the time: encoding, invisible-text,
 *   persuasion, pii, prompt-attack, secrets, size) it detects 23.3% of crescendos and 9.0% of
 *   oscillations vs 24.0% / 9.3% for the grid's best (k 0.1, h 0.9), with 0.0% benign false
 *   alarms; the ceiling is the share of conversations with two turns the detectors see at all.
 * oscillation: risky ≥ 0.5 (where `standard` starts to warn on prompt attacks and harmful
 *   content), calm < 0.2, window 15 turns, alarm at the 2nd return to risky content after a calm
 *   turn: it catches re-tries spaced too far apart for the CUSUM (three or more calm turns).
 *   Windows of 15 and 20 tied on train; the shorter one bounds how long one false positive lingers.
 * embedding: allowance 0.35, weight 0.5 — NOT tuned (no embedding model ships yet, and rows drawn
 *   from unrelated sources carry no topic to drift from). With them a complete topic change
 *   (distance ≈ 1) adds 0.5 × 0.65 ≈ 0.33 to a turn: barely above k, so drift in meaning
 *   amplifies risk, while a chat that merely changes subject needs several such turns in a row
 *   before anything happens. Re-tune once a provider exists.
 */
export const DEFAULT_DRIFT_PARAMETERS: DriftParameters = {
  crescendo: { allowance: 0.25, threshold: 0.75 },
  oscillation: { riskyAt: 0.5, calmBelow: 0.2, window: 15, minReturns: 2 },
  embedding: { allowance: 0.35, weight: 0.5 },
};
