import { actionRank, strictest } from '../core/action.ts';
import type { Verdict } from '../core/verdict.ts';
import { summarizeVerdict, type VerdictSummary } from '../messaging/verdict-summary.ts';
import type { PolicyProfile } from '../policy/profile.ts';
import type { CachedVerdict } from './cache-entry.ts';
import { isCacheableVerdict } from './cacheable-verdict.ts';

export interface SemanticThresholds {
  /** Least cosine similarity at which a cached `allow` may answer for a new text. */
  allowSimilarity: number;
  /**
   * Least similarity at which a cached `warn` or `block` may answer. Lower than for `allow`:
   * reusing a verdict at least as strict as the gate's can only add caution, never remove it.
   */
  strictSimilarity: number;
  /**
   * A cached `allow` is reused only when its risk is at most this fraction of the lowest threshold
   * at which the profile acts: an allow that was close to a warning can tip over with a small edit.
   */
  allowRiskFraction: number;
}

/**
 * 0.97 / 0.93 on the prompt-attack model's embedding (hashed n-grams, lower-cased, whitespace
 * collapsed): case and spacing variants are at 1.0, a changed or dropped word in a 300-character
 * prompt at ~0.95–0.99. The replay (`rampart cache-replay`) measures what these give.
 */
export const DEFAULT_SEMANTIC_THRESHOLDS: SemanticThresholds = { allowSimilarity: 0.97, strictSimilarity: 0.93, allowRiskFraction: 0.5 };

export type SemanticRefusal =
  /** A redaction's spans belong to the text it was computed for; the gate's own redactions need the full pipeline. */
  | 'redact'
  /** The gate alone already says something stricter than the cached verdict. */
  | 'laxer-than-gate'
  /** A cheap detector failed or was skipped for a transient reason: nothing to compare with. */
  | 'gate-incomplete'
  /** An allow is only reused for a text in which the cheap layers find nothing at all. */
  | 'gate-findings'
  | 'risk-near-threshold'
  | 'similarity';

export type SemanticDecision = { reuse: true } | { reuse: false; reason: SemanticRefusal };

/** The lowest risk at which the profile does anything but allow, over every category. */
export function lowestActingRisk(profile: PolicyProfile): number {
  let lowest = 1;
  for (const thresholds of Object.values(profile.categories)) {
    for (const threshold of thresholds ?? []) if (threshold.action !== 'allow') lowest = Math.min(lowest, threshold.minRisk);
  }
  return lowest;
}

/**
 * Whether the verdict cached for a similar text may answer for this one. The cheap, deterministic
 * layers (the pipeline's gate: rules, secrets, PII, encodings, invisible text…) have already run on
 * the new text; what a semantic hit saves is the costly stage (the models and vector-guard). So:
 * - never a redaction, either way (spans are offsets into another text);
 * - never laxer than the gate on the new text;
 * - an `allow` only above `allowSimilarity`, when the gate finds nothing at all in the new text and
 *   the cached text's risk was far below every acting threshold (the models see nearly the same
 *   input, and their score has room to move before anything would change);
 * - a `warn`/`block` above `strictSimilarity`.
 * The result can be stricter than what the pipeline would say (a near-duplicate of a blocked text
 * that no longer deserves it); it is never an `allow` for a text the gate flags.
 */
export function semanticDecision(
  cached: CachedVerdict,
  similarity: number,
  gate: Verdict,
  profile: PolicyProfile,
  thresholds: SemanticThresholds = DEFAULT_SEMANTIC_THRESHOLDS,
): SemanticDecision {
  if (cached.action === 'redact' || cached.redactions.length > 0) return { reuse: false, reason: 'redact' };
  if (!isCacheableVerdict(gate)) return { reuse: false, reason: 'gate-incomplete' };
  if (actionRank(cached.action) < actionRank(gate.action)) return { reuse: false, reason: 'laxer-than-gate' };
  if (cached.action === 'allow') {
    if (!(similarity >= thresholds.allowSimilarity)) return { reuse: false, reason: 'similarity' };
    if (gate.findings.length > 0) return { reuse: false, reason: 'gate-findings' };
    if (cached.risk > thresholds.allowRiskFraction * lowestActingRisk(profile)) return { reuse: false, reason: 'risk-near-threshold' };
    return { reuse: true };
  }
  return similarity >= thresholds.strictSimilarity ? { reuse: true } : { reuse: false, reason: 'similarity' };
}

/**
 * The reply for a semantic hit: the cached action and reasons (they were given to a near-identical
 * text), joined with what the gate found in this one; spans only from the gate (they are offsets
 * into this text); never redactions.
 */
export function semanticSummary(cached: CachedVerdict, gate: Verdict, at: number, latencyMs: number): VerdictSummary {
  const own = summarizeVerdict(gate, at);
  const reasons = new Map(cached.reasons.map((reason) => [reason.category, { ...reason, ruleIds: [...reason.ruleIds] }]));
  for (const reason of own.reasons) {
    const known = reasons.get(reason.category);
    if (!known) reasons.set(reason.category, reason);
    else {
      known.action = strictest(known.action, reason.action);
      known.risk = Math.max(known.risk, reason.risk);
      known.ruleIds = [...new Set([...known.ruleIds, ...reason.ruleIds])];
    }
  }
  return {
    at,
    direction: cached.direction,
    action: strictest(cached.action, gate.action),
    profileId: cached.profileId,
    risk: Math.max(cached.risk, own.risk),
    reasons: [...reasons.values()],
    spans: own.spans,
    redactions: [],
    failedDetectors: [],
    detectorMs: own.detectorMs,
    latencyMs,
  };
}
