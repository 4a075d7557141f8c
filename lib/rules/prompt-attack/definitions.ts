import type { RuleDefinition } from '../../gate/gate-rule.ts';
import { CODE_INJECTION_RULES } from './code-injection.ts';
import { DATA_EXFILTRATION_RULES } from './data-exfiltration.ts';
import { DEVELOPER_MODE_RULES } from './developer-mode.ts';
import { FICTIONAL_FRAMING_RULES } from './fictional-framing.ts';
import { INDIRECT_INJECTION_RULES } from './indirect-injection.ts';
import { INSTRUCTION_OVERRIDE_MULTILINGUAL_RULES } from './instruction-override-multilingual.ts';
import { INSTRUCTION_OVERRIDE_RULES } from './instruction-override.ts';
import { MANY_SHOT_RULES } from './many-shot.ts';
import { OBFUSCATION_REQUEST_RULES } from './obfuscation-request.ts';
import { PAYLOAD_SPLITTING_RULES } from './payload-splitting.ts';
import { PERSONA_JAILBREAK_RULES } from './persona-jailbreak.ts';
import { REFUSAL_SUPPRESSION_RULES } from './refusal-suppression.ts';
import { SYSTEM_PROMPT_EXTRACTION_MULTILINGUAL_RULES } from './system-prompt-extraction-multilingual.ts';
import { SYSTEM_PROMPT_EXTRACTION_RULES } from './system-prompt-extraction.ts';
import { TOOL_HIJACKING_RULES } from './tool-hijacking.ts';

/**
 * Every prompt-attack rule definition (without scores), family by family. The calibration script
 * reads this list; `index.ts` joins it with the measured scores.
 */
export const PROMPT_ATTACK_RULE_DEFINITIONS: readonly RuleDefinition[] = [
  ...INSTRUCTION_OVERRIDE_RULES,
  ...INSTRUCTION_OVERRIDE_MULTILINGUAL_RULES,
  ...SYSTEM_PROMPT_EXTRACTION_RULES,
  ...SYSTEM_PROMPT_EXTRACTION_MULTILINGUAL_RULES,
  ...PERSONA_JAILBREAK_RULES,
  ...DEVELOPER_MODE_RULES,
  ...REFUSAL_SUPPRESSION_RULES,
  ...FICTIONAL_FRAMING_RULES,
  ...PAYLOAD_SPLITTING_RULES,
  ...OBFUSCATION_REQUEST_RULES,
  ...INDIRECT_INJECTION_RULES,
  ...TOOL_HIJACKING_RULES,
  ...DATA_EXFILTRATION_RULES,
  ...MANY_SHOT_RULES,
  ...CODE_INJECTION_RULES,
];
