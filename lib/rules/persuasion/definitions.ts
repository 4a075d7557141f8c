import { EMOTIONAL_PRESSURE_MULTILINGUAL_RULES } from './emotional-pressure-multilingual.ts';
import { EMOTIONAL_PRESSURE_RULES } from './emotional-pressure.ts';
import { FALSE_AUTHORITY_MULTILINGUAL_RULES } from './false-authority-multilingual.ts';
import { FALSE_AUTHORITY_RULES } from './false-authority.ts';
import type { PersuasionRuleDefinition } from './persuasion-rule.ts';
import { RECIPROCITY_COMMITMENT_MULTILINGUAL_RULES } from './reciprocity-commitment-multilingual.ts';
import { RECIPROCITY_COMMITMENT_RULES } from './reciprocity-commitment.ts';
import { ROLE_DELEGATION_MULTILINGUAL_RULES } from './role-delegation-multilingual.ts';
import { ROLE_DELEGATION_RULES } from './role-delegation.ts';
import { SOCIAL_PROOF_MULTILINGUAL_RULES } from './social-proof-multilingual.ts';
import { SOCIAL_PROOF_RULES } from './social-proof.ts';
import { URGENCY_THREAT_MULTILINGUAL_RULES } from './urgency-threat-multilingual.ts';
import { URGENCY_THREAT_RULES } from './urgency-threat.ts';

/**
 * Every persuasion rule definition (without scores), family by family. The measurement script
 * calibrates this list on train; `index.ts` joins it with the counts.
 */
export const PERSUASION_RULE_DEFINITIONS: readonly PersuasionRuleDefinition[] = [
  ...FALSE_AUTHORITY_RULES,
  ...FALSE_AUTHORITY_MULTILINGUAL_RULES,
  ...URGENCY_THREAT_RULES,
  ...URGENCY_THREAT_MULTILINGUAL_RULES,
  ...EMOTIONAL_PRESSURE_RULES,
  ...EMOTIONAL_PRESSURE_MULTILINGUAL_RULES,
  ...ROLE_DELEGATION_RULES,
  ...ROLE_DELEGATION_MULTILINGUAL_RULES,
  ...RECIPROCITY_COMMITMENT_RULES,
  ...RECIPROCITY_COMMITMENT_MULTILINGUAL_RULES,
  ...SOCIAL_PROOF_RULES,
  ...SOCIAL_PROOF_MULTILINGUAL_RULES,
];
