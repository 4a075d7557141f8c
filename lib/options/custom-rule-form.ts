import type { Category } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import { err, type Result } from '../core/result.ts';
import { customRegexFlags } from '../rules/custom/validate-custom-rule.ts';
import { MAX_RULE_ID_CHARS } from '../settings/custom-rule-shape.ts';
import type { CustomRule } from '../settings/user-settings.ts';

/**
 * The custom-rule editor's form state and its way to a rule. The page runs the rule engine's own
 * checks (validateCustomRule, and checkRegexSafety for a regular expression: a ReDoS-prone pattern
 * is refused on entry with the checker's reason), so an unsafe regex never reaches the settings;
 * the background checks again on save.
 */
export interface RuleDraft {
  /** The id of the rule being edited; absent for a new rule (one is derived from the description). */
  id?: string;
  kind: CustomRule['kind'];
  pattern: string;
  caseSensitive: boolean;
  category: Category;
  action: CustomRule['action'];
  description: string;
  directions: 'both' | Direction;
}

export const emptyDraft = (): RuleDraft => ({
  kind: 'keyword',
  pattern: '',
  caseSensitive: false,
  category: 'secrets',
  action: 'warn',
  description: '',
  directions: 'both',
});

export function draftFromRule(rule: CustomRule): RuleDraft {
  const directions = rule.directions?.length === 1 ? rule.directions[0]! : 'both';
  return {
    id: rule.id,
    kind: rule.kind,
    pattern: rule.pattern,
    caseSensitive: rule.caseSensitive ?? false,
    category: rule.category,
    action: rule.action,
    description: rule.description,
    directions,
  };
}

/** A kebab-case id from the description (`Project Falcon code name` → `project-falcon-code-name`), unique among `taken`. */
export function ruleIdFor(description: string, taken: ReadonlySet<string>): string {
  const base =
    description
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_RULE_ID_CHARS - 4)
      .replace(/-+$/, '') || 'rule';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The rule engine's checks, passed in (lib/rules/custom/); either may answer synchronously or not. */
export interface RuleChecks {
  validateCustomRule(raw: unknown): Result<CustomRule> | Promise<Result<CustomRule>>;
  checkRegexSafety(source: string, flags: string): Result<void> | Promise<Result<void>>;
}

/**
 * The draft as a rule, or the first reason it cannot be one. `rules` is the current list: a new
 * rule gets a fresh id, an edited one keeps its own.
 */
export async function ruleFromDraft(draft: RuleDraft, rules: readonly CustomRule[], checks: RuleChecks): Promise<Result<CustomRule>> {
  const taken = new Set(rules.map((rule) => rule.id).filter((id) => id !== draft.id));
  const raw = {
    id: draft.id ?? ruleIdFor(draft.description, taken),
    kind: draft.kind,
    pattern: draft.pattern,
    ...(draft.caseSensitive ? { caseSensitive: true } : {}),
    category: draft.category,
    action: draft.action,
    description: draft.description.trim(),
    ...(draft.directions === 'both' ? {} : { directions: [draft.directions] }),
  };
  const valid = await checks.validateCustomRule(raw);
  if (!valid.ok) return valid;
  if (valid.value.kind === 'regex') {
    const safe = await checks.checkRegexSafety(valid.value.pattern, customRegexFlags(valid.value));
    if (!safe.ok) return err(safe.error);
  }
  return valid;
}

/** The rule list with `rule` in place of the one it edits (same id), or appended. */
export function withRule(rules: readonly CustomRule[], rule: CustomRule, editedId?: string): CustomRule[] {
  const index = rules.findIndex((existing) => existing.id === (editedId ?? rule.id));
  return index === -1 ? [...rules, rule] : rules.map((existing, i) => (i === index ? rule : existing));
}

export const withoutRule = (rules: readonly CustomRule[], id: string): CustomRule[] => rules.filter((rule) => rule.id !== id);
