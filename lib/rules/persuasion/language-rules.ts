import { languageRules, type LanguagePhrase, type LanguageRuleSpec } from '../prompt-attack/language-phrase.ts';
import { STRENGTHS, type PersuasionRuleDefinition, type Strength } from './persuasion-rule.ts';

/**
 * One persuasion rule per language, built by the same helper as prompt-attack's multilingual rules
 * (id `<idPrefix>-<lang>`, lookback 48, the language's examples as the rule's own), then placed in
 * the `manipulation` category with the severity of its designed strength.
 */
export function persuasionLanguageRules(
  phrases: readonly LanguagePhrase[],
  spec: LanguageRuleSpec & { strength: Strength },
): PersuasionRuleDefinition[] {
  return languageRules(phrases, spec).map((rule) => ({
    ...rule,
    category: 'manipulation',
    severity: STRENGTHS[spec.strength].severity,
    strength: spec.strength,
  }));
}
