import { windowRanges } from '../../core/chunked-detector.ts';
import type { Direction } from '../../core/direction.ts';
import type { Span } from '../../core/finding.ts';
import type { NormalizedText, TextView } from '../../core/normalized-text.ts';
import { AnchorIndex, type AnchorHit } from '../../gate/anchor-index.ts';
import { foldCase } from '../../gate/fold-case.ts';
import type { CustomRule } from '../../settings/user-settings.ts';
import { customRegexFlags } from './validate-custom-rule.ts';

/** A rule that matched, with where (offsets in the ORIGINAL text, never the text itself). */
export interface CustomRuleMatch {
  rule: CustomRule;
  spans: Span[];
}

export interface CustomRuleMatcher {
  /** Rules (for this direction) that match, in list order; each reports from the first view it matches in. */
  match(text: NormalizedText, direction: Direction, maxCharsPerView: number): CustomRuleMatch[];
}

/** Spans kept per rule: enough to highlight, bounded for hostile input. */
export const MAX_SPANS_PER_RULE = 8;
/** Views scanned for keywords (canonical, skeleton, leetspeak, despaced, decoded layers…). */
const MAX_VIEWS = 16;
/**
 * A regex runs over windows of this many characters (overlapping by REGEX_OVERLAP_CHARS), never
 * over a whole 100,000-character paste at once: even a pattern that escaped the entry-time ReDoS
 * check (a rule from an old export, a managed policy) then costs at most a polynomial in the
 * window, not in the text. Matches longer than the overlap can be missed across a window edge,
 * and `^`/`$` also match at window edges of texts longer than one window.
 */
export const REGEX_WINDOW_CHARS = 8_192;
export const REGEX_OVERLAP_CHARS = 512;

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD.test(char);
const lastChar = (text: string, end: number): string | undefined => {
  const before = text.slice(Math.max(0, end - 2), end);
  return before === '' ? undefined : [...before].at(-1);
};
const firstChar = (text: string, start: number): string | undefined => {
  const code = text.codePointAt(start);
  return code === undefined ? undefined : String.fromCodePoint(code);
};

/** The form a keyword is matched in: NFKC like the views, runs of white space as one space, folded unless case-sensitive. */
const keywordKey = (rule: CustomRule): string => {
  const written = rule.pattern.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return rule.caseSensitive ? written : foldCase(written);
};

/**
 * Every occurrence of the anchors in a text: Aho-Corasick (AnchorIndex, on modern-ahocorasick),
 * or plain indexOf when the anchors do not fit its alphabet (thousands of distinct non-Latin
 * characters): slower, never wrong.
 */
function anchorFinder(anchors: readonly string[]): (text: string) => AnchorHit[] {
  try {
    const index = new AnchorIndex(anchors);
    return (text) => index.find(text);
  } catch {
    return (text) => {
      const hits: AnchorHit[] = [];
      anchors.forEach((anchor, number) => {
        for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) hits.push({ anchor: number, start: at, end: at + anchor.length });
      });
      return hits;
    };
  }
}

interface KeywordGroup {
  /** Anchor number → the rules (indexes into the list) whose keyword it is. */
  rulesByAnchor: number[][];
  /** Per anchor: whether its first / last character is a word character (then a word boundary is required there). */
  edges: Array<{ start: boolean; end: boolean }>;
  find: (text: string) => AnchorHit[];
  folded: boolean;
}

function keywordGroup(rules: readonly CustomRule[], indexes: readonly number[], folded: boolean): KeywordGroup | undefined {
  if (indexes.length === 0) return undefined;
  const anchors = new Map<string, number>();
  const rulesByAnchor: number[][] = [];
  for (const index of indexes) {
    const key = keywordKey(rules[index]!);
    let anchor = anchors.get(key);
    if (anchor === undefined) {
      anchor = anchors.size;
      anchors.set(key, anchor);
      rulesByAnchor.push([]);
    }
    rulesByAnchor[anchor]!.push(index);
  }
  const keys = [...anchors.keys()];
  const edges = keys.map((key) => ({ start: isWordChar(firstChar(key, 0)), end: isWordChar(lastChar(key, key.length)) }));
  return { rulesByAnchor, edges, find: anchorFinder(keys), folded };
}

function addSpan(found: Map<number, Span[]>, rule: number, span: Span): void {
  const spans = found.get(rule) ?? [];
  if (spans.length >= MAX_SPANS_PER_RULE || spans.some((s) => s.start === span.start && s.end === span.end)) return;
  spans.push(span);
  found.set(rule, spans);
}

function scanKeywords(group: KeywordGroup, view: TextView, text: string, wanted: (rule: number) => boolean, found: Map<number, Span[]>): void {
  const searched = group.folded ? foldCase(text) : text;
  for (const hit of group.find(searched)) {
    const edge = group.edges[hit.anchor]!;
    // A keyword is a word or phrase: "cat" must not fire inside "concatenate".
    if (edge.start && isWordChar(lastChar(text, hit.start))) continue;
    if (edge.end && isWordChar(firstChar(text, hit.end))) continue;
    for (const rule of group.rulesByAnchor[hit.anchor]!) {
      if (wanted(rule)) addSpan(found, rule, view.toOriginal(hit.start, hit.end));
    }
  }
}

function scanRegex(pattern: RegExp, view: TextView, text: string): Span[] {
  const spans: Span[] = [];
  const seen = new Set<number>();
  for (const [from, to] of windowRanges(text.length, REGEX_WINDOW_CHARS, REGEX_OVERLAP_CHARS)) {
    const window = text.slice(from, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
      if (match[0].length === 0) {
        // A pattern that can match nothing at some position (a lookahead): step past it.
        pattern.lastIndex += 1;
        continue;
      }
      const start = from + match.index;
      if (seen.has(start)) continue;
      seen.add(start);
      spans.push(view.toOriginal(start, start + match[0].length));
      if (spans.length >= MAX_SPANS_PER_RULE) return spans;
    }
  }
  return spans;
}

function createMatcher(rules: readonly CustomRule[]): CustomRuleMatcher {
  const keywordIndexes = rules.flatMap((rule, index) => (rule.kind === 'keyword' ? [index] : []));
  const groups = [
    keywordGroup(rules, keywordIndexes.filter((index) => !rules[index]!.caseSensitive), true),
    keywordGroup(rules, keywordIndexes.filter((index) => rules[index]!.caseSensitive), false),
  ].filter((group): group is KeywordGroup => group !== undefined);
  // NFKC: the canonical view is in NFKC, so a literal in the pattern is compared like with like.
  const regexes = rules.flatMap((rule, index) =>
    rule.kind === 'regex' ? [{ index, pattern: new RegExp(rule.pattern.normalize('NFKC'), `${customRegexFlags(rule)}g`) }] : [],
  );

  return {
    match(text, direction, maxCharsPerView) {
      const applies = (index: number) => rules[index]!.directions?.includes(direction) ?? true;
      const found = new Map<number, Span[]>();
      if (groups.length > 0 && keywordIndexes.some(applies)) {
        const scanned = new Set<string>();
        for (const view of text.views.slice(0, MAX_VIEWS)) {
          const viewText = view.text.length > maxCharsPerView ? view.text.slice(0, Math.max(0, maxCharsPerView)) : view.text;
          if (scanned.has(viewText)) continue;
          scanned.add(viewText);
          // A rule reports from the first view it matches in (the canonical view first), like the gate's rules.
          const matchedBefore = new Set(found.keys());
          const wanted = (index: number) => applies(index) && !matchedBefore.has(index);
          for (const group of groups) scanKeywords(group, view, viewText, wanted, found);
        }
      }
      const canonical = text.canonical;
      const canonicalText = canonical.text.length > maxCharsPerView ? canonical.text.slice(0, Math.max(0, maxCharsPerView)) : canonical.text;
      for (const { index, pattern } of regexes) {
        if (!applies(index)) continue;
        const spans = scanRegex(pattern, canonical, canonicalText);
        if (spans.length > 0) found.set(index, spans);
      }
      return [...found.entries()].sort(([a], [b]) => a - b).map(([index, spans]) => ({ rule: rules[index]!, spans }));
    },
  };
}

/** Compiled matchers by rule-list content, most recently used last (settings change rarely; a few lists cover every profile in use). */
const compiled = new Map<string, CustomRuleMatcher>();
const MAX_COMPILED = 8;
/** The same array again (the background hands one settings object to every scan): no key to build. */
const byIdentity = new WeakMap<readonly CustomRule[], CustomRuleMatcher>();

/**
 * The matcher for a rule list (already validated: validateCustomRule), compiled once per distinct
 * content: the background builds a new settings object on every change, but scans in between share
 * one automaton and one set of RegExps.
 */
export function customRuleMatcher(rules: readonly CustomRule[]): CustomRuleMatcher {
  const known = byIdentity.get(rules);
  if (known) return known;
  const key = JSON.stringify(rules);
  let matcher = compiled.get(key);
  if (matcher) {
    compiled.delete(key);
  } else {
    matcher = createMatcher(rules);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, matcher);
  byIdentity.set(rules, matcher);
  return matcher;
}
