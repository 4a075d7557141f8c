import { AnchorIndex } from '../gate/anchor-index.ts';
import { foldCase } from '../gate/fold-case.ts';
import type { Hit, RuleId } from './rule-catalogue.ts';

/**
 * A rule over the text of a snippet, for the languages tool-guard does not parse (PowerShell,
 * Windows cmd, Python, JavaScript, Perl/Ruby/PHP/Lua one-liners). Why rules and not parsers here:
 * the dangerous forms in these languages are spelled with distinctive API and cmdlet names
 * (`Net.Sockets.TCPClient`, `AmsiUtils`, `pty.spawn`, `child_process`), replies hold fragments
 * that no parser would accept, and no parser for them is small and pure enough for the service
 * worker.
 *
 * Matching works like the gate's rule engine (lib/gate/rule-engine.ts): the pattern runs sticky
 * (`y`), case-insensitively, only where one of its lower-case anchors occurs — so it must begin
 * with (one of) its anchors — and its own bounded quantifiers bound the work per anchor; `near`
 * patterns (plain alternations) are searched in a bounded window around the match. Every pattern
 * is ReDoS-checked in the tests exactly as it runs.
 */
export interface TokenRule {
  /** Unique within tool-guard; names the pattern in tests (the finding's rule id is `rule`). */
  id: string;
  rule: RuleId;
  /** Overrides the rule's default score. */
  score?: number;
  /** Lower-case literals where a match may start. */
  anchors: readonly string[];
  /** Sticky and case-insensitive (`iy`); each match is a hit. */
  pattern: RegExp;
  /** Evidence that must all occur within `window` characters of the match (case-insensitive, searched). */
  near?: { patterns: readonly RegExp[]; window: number };
  /** Where the technique is documented. */
  reference: string;
  examples: { flagged: readonly string[]; clean: readonly string[] };
}

/** Matches kept per rule and snippet: one is enough to report, a few help highlight. */
const MAX_MATCHES_PER_RULE = 8;
/** Anchor occurrences tried per rule and snippet (a reply of ten thousand `exec`s is not ten thousand tries). */
const MAX_ATTEMPTS_PER_RULE = 256;

/** One Aho-Corasick index over every anchor of a rule list, and which rules each anchor starts. */
interface RuleAnchors {
  index: AnchorIndex;
  rulesOf: number[][];
}

const ANCHOR_INDEXES = new WeakMap<readonly TokenRule[], RuleAnchors>();

function anchorsOf(rules: readonly TokenRule[]): RuleAnchors {
  let built = ANCHOR_INDEXES.get(rules);
  if (!built) {
    const anchors: string[] = [];
    const rulesOf: number[][] = [];
    const slot = new Map<string, number>();
    rules.forEach((rule, ruleIndex) => {
      for (const anchor of rule.anchors) {
        let at = slot.get(anchor);
        if (at === undefined) {
          at = anchors.push(anchor) - 1;
          slot.set(anchor, at);
          rulesOf.push([]);
        }
        rulesOf[at]!.push(ruleIndex);
      }
    });
    built = { index: new AnchorIndex(anchors), rulesOf };
    ANCHOR_INDEXES.set(rules, built);
  }
  return built;
}

/**
 * Where each rule's anchors occur, in order, at most MAX_ATTEMPTS_PER_RULE per rule: one pass over
 * the text for all rules (the per-rule, per-anchor indexOf it replaced was most of tool-guard's
 * time on long replies).
 */
function anchorPositions(rules: readonly TokenRule[], lower: string): number[][] {
  const { index, rulesOf } = anchorsOf(rules);
  const positions: number[][] = rules.map(() => []);
  for (const hit of index.find(lower)) {
    for (const ruleIndex of rulesOf[hit.anchor]!) {
      const list = positions[ruleIndex]!;
      if (list.length < MAX_ATTEMPTS_PER_RULE) list.push(hit.start);
    }
  }
  for (const list of positions) list.sort((a, b) => a - b);
  return positions;
}

/** Runs every rule whose anchors occur in `text`; offsets are in `text`. */
export function runTokenRules(rules: readonly TokenRule[], text: string): Hit[] {
  const hits: Hit[] = [];
  // foldCase keeps every offset, even where toLowerCase would not (İ): one such letter anywhere
  // must not turn off case-insensitive anchors for the whole reply ("İ … INVOKE-EXPRESSION").
  const positions = anchorPositions(rules, foldCase(text));
  rules.forEach((rule, ruleIndex) => {
    const starts = positions[ruleIndex]!;
    if (starts.length === 0) return;
    let found = 0;
    let coveredUntil = -1;
    for (const start of starts) {
      if (found >= MAX_MATCHES_PER_RULE) break;
      if (start < coveredUntil) continue;
      rule.pattern.lastIndex = start;
      const match = rule.pattern.exec(text);
      if (!match || match[0].length === 0) continue;
      const end = start + match[0].length;
      if (rule.near && !rule.near.patterns.every((pattern) => nearby(pattern, rule.near!.window, text, start, end))) continue;
      found += 1;
      coveredUntil = end;
      hits.push(rule.score === undefined ? { rule: rule.rule, start, end } : { rule: rule.rule, start, end, score: rule.score });
    }
    rule.pattern.lastIndex = 0;
  });
  return hits;
}

function nearby(pattern: RegExp, window: number, text: string, start: number, end: number): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
  pattern.lastIndex = 0;
  return found;
}
