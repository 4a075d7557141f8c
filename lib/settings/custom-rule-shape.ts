import { isCategory } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { CustomRule } from './user-settings.ts';

/**
 * The structural check of one custom rule as stored or delivered by policy: fields, types and
 * limits, and a regular expression that compiles. What running a rule needs on top (no empty
 * match, printable keywords) is validateCustomRule's (lib/rules/custom/), and whether a regex is
 * safe to run (ReDoS) is checked where a rule is entered (checkRegexSafety) — rules that arrive
 * otherwise (a policy, an old file) are bounded by the matcher's windowed matching.
 */

export const MAX_RULE_ID_CHARS = 64;
export const MAX_PATTERN_CHARS = 500;
export const MAX_DESCRIPTION_CHARS = 200;
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RULE_ACTIONS = ['warn', 'redact', 'block'] as const;
const DIRECTIONS = ['inbound', 'outbound'] as const;
const FIELDS = new Set(['id', 'kind', 'pattern', 'caseSensitive', 'category', 'action', 'description', 'directions']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateRuleShape(raw: unknown): Result<CustomRule> {
  if (!isRecord(raw)) return err('a rule must be an object');
  const { id, kind, pattern, caseSensitive, category, action, description, directions } = raw;
  if (typeof id !== 'string' || id.length > MAX_RULE_ID_CHARS || !RULE_ID.test(id)) return err(`id: lower-case words joined by hyphens, at most ${MAX_RULE_ID_CHARS} characters`);
  const where = `rule "${id}"`;
  if (kind !== 'keyword' && kind !== 'regex') return err(`${where}: kind must be keyword or regex`);
  if (typeof pattern !== 'string' || pattern.trim() === '' || pattern.length > MAX_PATTERN_CHARS) return err(`${where}: pattern must be 1 to ${MAX_PATTERN_CHARS} characters`);
  if (caseSensitive !== undefined && typeof caseSensitive !== 'boolean') return err(`${where}: caseSensitive must be true or false`);
  if (!isCategory(category)) return err(`${where}: unknown category`);
  if (typeof action !== 'string' || !(RULE_ACTIONS as readonly string[]).includes(action)) return err(`${where}: action must be warn, redact or block`);
  if (typeof description !== 'string' || description.trim() === '' || description.length > MAX_DESCRIPTION_CHARS) {
    return err(`${where}: description must be 1 to ${MAX_DESCRIPTION_CHARS} characters`);
  }
  let kept: CustomRule['directions'];
  if (directions !== undefined) {
    if (!Array.isArray(directions) || directions.length === 0 || directions.some((d) => !(DIRECTIONS as readonly unknown[]).includes(d))) {
      return err(`${where}: directions must list inbound and/or outbound`);
    }
    kept = [...new Set(directions as Direction[])];
  }
  const unknown = Object.keys(raw).find((key) => !FIELDS.has(key));
  if (unknown !== undefined) return err(`${where}: unknown field "${unknown.slice(0, 40)}"`);
  if (kind === 'regex') {
    try {
      new RegExp(pattern, caseSensitive ? 'u' : 'iu');
    } catch {
      return err(`${where}: the regular expression does not compile`);
    }
  }
  return ok({
    id,
    kind,
    pattern,
    ...(caseSensitive === undefined ? {} : { caseSensitive }),
    category,
    action: action as CustomRule['action'],
    description: description.trim(),
    ...(kept ? { directions: kept } : {}),
  });
}
