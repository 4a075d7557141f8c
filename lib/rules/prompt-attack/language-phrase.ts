import type { RuleDefinition } from '../../gate/gate-rule.ts';

/** One language's wording of a multilingual rule, with the examples its tests run. */
export interface LanguagePhrase {
  lang: string;
  name: string;
  anchors: string[];
  pattern: RegExp;
  flagged: string[];
  clean: string[];
}

/** What every language's rule of one family shares. */
export interface LanguageRuleSpec {
  /** The rule id is `<idPrefix>-<lang>`: one rule per language, so each is calibrated on its own. */
  idPrefix: string;
  family: string;
  /** Followed by the language's name in brackets. */
  description: string;
  reference: string;
}

export function languageRules(phrases: readonly LanguagePhrase[], spec: LanguageRuleSpec): RuleDefinition[] {
  return phrases.map((phrase) => ({
    id: `${spec.idPrefix}-${phrase.lang}`,
    family: spec.family,
    category: 'prompt-attack',
    severity: 'high',
    description: `${spec.description} (${phrase.name}).`,
    anchors: phrase.anchors,
    pattern: phrase.pattern,
    lookback: 48,
    reference: spec.reference,
    examples: { flagged: phrase.flagged, clean: phrase.clean },
  }));
}
