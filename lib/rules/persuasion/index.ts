import type { GateRule } from '../../gate/gate-rule.ts';
import { PERSUASION_CALIBRATION } from './calibration.ts';
import { COMBINATION_RULES, type CombinationRule } from './combinations.ts';
import { PERSUASION_RULE_DEFINITIONS } from './definitions.ts';
import { calibratedScore, type PersuasionRuleDefinition, type Strength } from './persuasion-rule.ts';

/**
 * Score of a rule the calibration has not seen yet (added since the last calibration run): below
 * every profile's `manipulation` threshold, so it is recorded but cannot act until measured. A
 * test fails while any rule or combination is missing from the calibration.
 */
export const UNCALIBRATED_SCORE = 0.1;

const scoreOf = (id: string, strength: Strength): number => {
  const counts = PERSUASION_CALIBRATION[id];
  return counts ? calibratedScore(counts, strength) : UNCALIBRATED_SCORE;
};

/** A persuasion gate rule: scored for inbound text only (outbound is not this detector's job). */
export type PersuasionRule = GateRule & PersuasionRuleDefinition;

/** The persuasion rules with their calibrated scores (the `persuasion` detector's table). */
export const PERSUASION_RULES: readonly PersuasionRule[] = PERSUASION_RULE_DEFINITIONS.map((definition) => {
  const score = scoreOf(definition.id, definition.strength);
  return { ...definition, score: { inbound: score, outbound: score } };
});

/** The combinations with their calibrated scores. */
export const PERSUASION_COMBINATIONS: readonly (CombinationRule & { score: number })[] = COMBINATION_RULES.map((combination) => ({
  ...combination,
  score: scoreOf(combination.id, combination.strength),
}));
