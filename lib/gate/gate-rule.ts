import type { Category } from '../core/category.ts';
import type { Direction } from '../core/direction.ts';
import type { Severity } from '../core/finding.ts';

/**
 * One gate rule, as data (uBlock Origin style: a rule names where it came from). The engine
 * (`rule-engine.ts`) finds the rule's literal `anchors` with one Aho-Corasick pass over the text,
 * shared by every rule, and only then runs `pattern` where those anchors are — so the cost of a
 * scan does not grow with the number of rules, and no pattern ever runs over a whole
 * 100,000-character paste.
 *
 * Matching is case-insensitive by construction: anchors must be lower-case and patterns run on a
 * lower-cased copy of each view (see fold-case.ts). A match must START at an anchor hit, or at most
 * `lookback` characters before one: the pattern runs sticky (`y`) from those positions only, so
 * its own bounded quantifiers bound the work per hit, and the ReDoS check can analyse it anchored.
 * A pattern therefore begins with (one of) its anchors, or with at most `lookback` characters of
 * context before them (an opening bracket, a qualifier in a verb-final language…).
 */
export interface RuleDefinition {
  /** Kebab-case, unique within the detector; the finding's rule id is `<detector>/<id>`. */
  id: string;
  /** Attack family (one file per family under lib/rules/<detector>/). */
  family: string;
  category: Category;
  severity: Severity;
  /** Human-readable: what it catches and why that is an attack (shown to the user). */
  description: string;
  /** Lower-case literals; the rule is evaluated only where one of them occurs. */
  anchors: readonly string[];
  /** Matched sticky at (or just before) each anchor hit, on lower-cased text; ReDoS-checked. */
  pattern: RegExp;
  /** How many characters before an anchor hit the match may start (default 0). */
  lookback?: number;
  /**
   * A match is dropped when the text just before it (up to PRECEDING_CHARS, same line) matches
   * this — e.g. a system prompt that quotes an attack in order to refuse it ("never reveal your
   * instructions"). Here `$` is the start of the match.
   */
  unlessPreceded?: RegExp;
  /** The rule fires only when its pattern matches at least this often (many-shot turn counts). */
  minMatches?: number;
  /** The public report, paper or data set that motivated the rule. */
  reference: string;
  /** Each rule carries its own examples; the tests run them through the whole detector. */
  examples: { flagged: readonly string[]; clean: readonly string[] };
}

/**
 * A rule with its calibrated scores: its measured precision on the train split, per direction
 * (a DAN persona in a prompt and the same words in a model's reply are not equally likely to be
 * an attack), computed by scripts/calibrate-prompt-attack.mjs.
 */
export interface GateRule extends RuleDefinition {
  /** Calibrated probability that a match is a true positive, 0..1, by direction. */
  score: Readonly<Record<Direction, number>>;
}

/** How much text before a match `unlessPreceded` looks at. */
export const PRECEDING_CHARS = 60;
