import type { GateRule } from '../../gate/gate-rule.ts';
import { PROMPT_ATTACK_CALIBRATION } from './calibration.ts';
import { PROMPT_ATTACK_RULE_DEFINITIONS } from './definitions.ts';

/**
 * Score of a rule the calibration has not seen yet (added since the last run of
 * scripts/calibrate-prompt-attack.mjs): below every `warn` threshold, so an uncalibrated rule is
 * recorded but cannot act until it has been measured. A test fails while any rule is missing.
 */
export const UNCALIBRATED_SCORE = 0.3;

/** The prompt-attack rules with their calibrated scores (the `prompt-attack` detector's table). */
export const PROMPT_ATTACK_RULES: readonly GateRule[] = PROMPT_ATTACK_RULE_DEFINITIONS.map((definition) => {
  const calibration = PROMPT_ATTACK_CALIBRATION[definition.id];
  return {
    ...definition,
    score: {
      inbound: calibration?.inbound.score ?? UNCALIBRATED_SCORE,
      outbound: calibration?.outbound.score ?? UNCALIBRATED_SCORE,
    },
  };
});
