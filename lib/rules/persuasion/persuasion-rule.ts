import type { Severity } from '../../core/finding.ts';
import type { RuleDefinition } from '../../gate/gate-rule.ts';

/**
 * How much one instance of a technique can show on its own. Persuasion phrases are everyday
 * language far more often than attack phrases are ("urgent", "you're so smart", "as we agreed"), so
 * what a rule may claim alone is bounded by design and only the data can move it within that bound:
 * a single flattering sentence never warns, a vendor-staff claim or a shutdown threat can.
 */
export type Strength = 'weak' | 'moderate' | 'strong';

export interface StrengthBounds {
  /** The score a rule starts from before the train data has spoken (and keeps without matches). */
  prior: number;
  /** The most a rule of this strength can score alone, however clean its train record. */
  ceiling: number;
  severity: Severity;
}

/**
 * Priors sit below the pooled train precision of each tier (weak ≈ 0.5, moderate ≈ 0.65 without
 * the consent rule, strong ≈ 0.9 on the dev mix, where a quarter of the rows are attacks — real
 * traffic has far fewer), so that alone a weak technique never flags (< 0.5), a moderate one stays
 * just under it and a strong one flags; two techniques together flag.
 */
export const STRENGTHS: Readonly<Record<Strength, StrengthBounds>> = {
  weak: { prior: 0.2, ceiling: 0.35, severity: 'low' },
  moderate: { prior: 0.5, ceiling: 0.75, severity: 'medium' },
  strong: { prior: 0.65, ceiling: 0.9, severity: 'high' },
};

/** A persuasion rule: a gate rule (category `manipulation`) plus its designed strength. */
export interface PersuasionRuleDefinition extends RuleDefinition {
  strength: Strength;
}

/**
 * Weight of the prior against the train counts, in pseudo-matches: with the dev data's few
 * persuasion rows a rule needs several matches before its record outweighs its design.
 */
export const PRIOR_MATCHES = 4;

/** Train matches of a rule: tp on attack rows, fp on benign rows. */
export interface MatchCounts {
  tp: number;
  fp: number;
}

/** Train matches a rule needs before its record may raise it above its prior (it may always lower it). */
export const MIN_EVIDENCE = 5;

/**
 * The rule's score: its smoothed precision on train, `(tp + k·prior) / (tp + fp + k)`, never above
 * its strength's ceiling, and never above its prior with fewer than MIN_EVIDENCE matches (one lucky
 * match is no evidence). Rounded to three decimals so the generated table reads cleanly.
 */
export function calibratedScore(counts: MatchCounts, strength: Strength): number {
  const { prior, ceiling } = STRENGTHS[strength];
  const smoothed = (counts.tp + PRIOR_MATCHES * prior) / (counts.tp + counts.fp + PRIOR_MATCHES);
  const bound = counts.tp + counts.fp < MIN_EVIDENCE ? prior : ceiling;
  return Math.round(Math.min(bound, smoothed) * 1000) / 1000;
}
