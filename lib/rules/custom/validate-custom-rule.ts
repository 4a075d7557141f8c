import { err, ok, type Result } from '../../core/result.ts';
import { MAX_PATTERN_CHARS, validateRuleShape } from '../../settings/custom-rule-shape.ts';
import type { CustomRule } from '../../settings/user-settings.ts';

/** A keyword is a phrase, not a document: longer ones are almost certainly a paste by mistake. */
export const MAX_KEYWORD_CHARS = 100;

/** The flags a regex rule runs with: always Unicode-aware, case-insensitive unless asked otherwise. */
export const customRegexFlags = (rule: Pick<CustomRule, 'caseSensitive'>): string => (rule.caseSensitive ? 'u' : 'iu');

// Control characters (C0, DEL, C1) by general category: no literal control characters in the source.
const CONTROL = /\p{Cc}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The engine's own reason, without V8's "Invalid regular expression: /…/flags: " preamble. */
function regexProblem(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '').replace(/[.\s]+$/, '');
    return reason === '' ? 'the expression cannot be read' : reason;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One custom rule as the rule engine accepts it: the settings' structural check (fields, limits,
 * category, action; lib/settings/custom-rule-shape.ts) plus what running it needs — a regular
 * expression that compiles with the `u` flag (the engine's reason in the error), that does not
 * match the empty text (it would flag every message), and a keyword that is a short, printable
 * phrase with at least one letter or digit. Never throws.
 *
 * Whether a regex is safe to run (ReDoS) is checkRegexSafety's question (regex-safety.ts): it
 * needs the recheck analyser, which runs where the rule is entered (the options page), not here.
 */
export function validateCustomRule(raw: unknown): Result<CustomRule> {
  if (isRecord(raw) && raw['kind'] === 'regex' && typeof raw['pattern'] === 'string' && raw['pattern'].length <= MAX_PATTERN_CHARS) {
    const where = typeof raw['id'] === 'string' ? `rule "${raw['id'].slice(0, 64)}"` : 'rule';
    const problem = regexProblem(raw['pattern'], customRegexFlags({ caseSensitive: raw['caseSensitive'] === true }));
    if (problem) return err(`${where}: this regular expression is not valid: ${problem}.`);
  }
  const shape = validateRuleShape(raw);
  if (!shape.ok) return shape;
  const rule = shape.value;
  const where = `rule "${rule.id}"`;
  if (rule.category === 'detector-failure') return err(`${where}: the category "detector-failure" is reserved for checks that could not run`);
  if (rule.kind === 'regex') {
    if (new RegExp(rule.pattern, customRegexFlags(rule)).test('')) {
      return err(`${where}: this regular expression matches an empty text, so it would flag every message; make at least one character required`);
    }
    return ok(rule);
  }
  if (rule.pattern.length > MAX_KEYWORD_CHARS) return err(`${where}: a keyword may be at most ${MAX_KEYWORD_CHARS} characters (use a regular expression for longer patterns)`);
  if (CONTROL.test(rule.pattern)) return err(`${where}: a keyword cannot contain tabs, line breaks or control characters`);
  if (!WORD_CHARACTER.test(rule.pattern)) return err(`${where}: a keyword needs at least one letter or digit`);
  return ok(rule);
}
