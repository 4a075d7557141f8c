import type { SecretRule } from '../rules/secrets/secret-rule.ts';
import { createKeywordPrefilter, type KeywordPrefilter } from './keyword-prefilter.ts';

export interface CompiledRule {
  rule: SecretRule;
  /** Sticky (`y`) for rules anchored at a keyword or token run, global (`g`) for windowed ones; always with indices. */
  regex: RegExp;
}

export interface CompiledRuleSet {
  rules: readonly CompiledRule[];
  prefilter: KeywordPrefilter;
  /** For each prefilter keyword: the rules to try at a hit (rules of every keyword it starts with). */
  rulesByKeyword: ReadonlyArray<readonly number[]>;
  /** Rules with no keyword, tried at the start of every long run of token characters. */
  atTokenRuns: readonly number[];
}

/** The flags a rule's pattern runs with (what the ReDoS test checks, minus `d`). */
export const ruleFlags = (rule: SecretRule): string => (rule.window ? 'g' : 'y');

/**
 * Compiles rules once (at module load): one RegExp per rule and the shared keyword prefilter.
 * Throws on an invalid pattern — a bug the rule tests catch, never user input.
 */
export function compileRules(rules: readonly SecretRule[]): CompiledRuleSet {
  const compiled = rules.map((rule) => ({ rule, regex: new RegExp(rule.pattern, `${ruleFlags(rule)}d`) }));
  const keywords = [...new Set(rules.flatMap((rule) => rule.keywords))];
  const rulesByKeyword = keywords.map((keyword) =>
    compiled.flatMap(({ rule }, index) => (rule.keywords.some((own) => keyword.startsWith(own)) ? [index] : [])),
  );
  const atTokenRuns = rules.flatMap((rule, index) => (rule.atTokenRuns ? [index] : []));
  return { rules: compiled, prefilter: createKeywordPrefilter(keywords), rulesByKeyword, atTokenRuns };
}
