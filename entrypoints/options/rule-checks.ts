import type { RuleChecks } from '../../lib/options/custom-rule-form.ts';
import { validateCustomRule } from '../../lib/rules/custom/validate-custom-rule.ts';

/**
 * The rule engine's entry checks. The ReDoS analyser (recheck, ~3 MB) is loaded on first use:
 * most visits to the options page never add a regular expression.
 */
export const ruleChecks: RuleChecks = {
  validateCustomRule,
  async checkRegexSafety(source, flags) {
    const { checkRegexSafety } = await import('../../lib/rules/custom/regex-safety.ts');
    return checkRegexSafety(source, flags);
  },
};
