import type { Span } from '../core/finding.ts';
import type { TextView } from '../core/normalized-text.ts';
import { foldCase } from './fold-case.ts';
import { PRECEDING_CHARS, type GateRule } from './gate-rule.ts';
import { SharedAnchorScan } from './shared-anchor-scan.ts';

/** A rule that matched, with where (offsets in the ORIGINAL text, never the text itself). */
export interface RuleMatch {
  rule: GateRule;
  spans: Span[];
}

export interface ScanLimits {
  /** Length of the original text: every span is clamped to it. */
  originalLength: number;
  /** Characters of each view that are scanned (the profile's scan limit). */
  maxCharsPerView: number;
  /** Views beyond this many are not scanned (decoded layers are bounded upstream too). */
  maxViews: number;
}

/** Spans kept per finding: enough to highlight, bounded for hostile input. */
const MAX_SPANS = 8;

/** Longest lookback a rule may ask for: each position before a hit is one sticky attempt. */
export const MAX_LOOKBACK = 64;

interface CompiledRule {
  rule: GateRule;
  /** A sticky copy of the rule's pattern: it matches exactly where it is started, or not at all. */
  pattern: RegExp;
  lookback: number;
  needed: number;
  unlessPreceded: RegExp | undefined;
}

/**
 * The gate's rule evaluator: one Aho-Corasick pass per view finds every rule's anchors, then each
 * rule whose anchors occur runs its pattern sticky at those hits only (and up to `lookback`
 * characters before them) — never over the whole text, so the work per hit is bounded by the
 * pattern's own bounded quantifiers and the cost of a scan does not grow with the number of
 * rules. Every view of the normalized text is scanned (canonical, skeleton, decoded layers…): an
 * attack spelled with homoglyphs or wrapped in base64 matches in the view that undid it, and its
 * spans are mapped back to the original text. A rule reports once, from the first view it matches
 * in. Engines built on one `SharedAnchorScan` walk each view once between them.
 */
export class RuleEngine {
  readonly #rules: CompiledRule[];
  readonly #anchors: SharedAnchorScan;
  /** Anchor id (in the shared scan) → the rules of this engine that name it. */
  readonly #rulesByAnchor = new Map<number, number[]>();

  constructor(rules: readonly GateRule[], anchors: SharedAnchorScan = new SharedAnchorScan()) {
    const ids = new Set<string>();
    this.#anchors = anchors;
    this.#rules = rules.map((rule, ruleIndex) => {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      if (rule.anchors.length === 0) throw new Error(`rule ${rule.id} has no anchor`);
      for (const written of rule.anchors) {
        if (written.length === 0 || written !== foldCase(written)) throw new Error(`rule ${rule.id}: anchors must be lower-case`);
        // Views are in NFKC (lib/normalize): compare like with like (Thai ำ, full-width colons…).
        const anchor = anchors.register(foldCase(written.normalize('NFKC')));
        const list = this.#rulesByAnchor.get(anchor);
        if (!list) this.#rulesByAnchor.set(anchor, [ruleIndex]);
        else if (!list.includes(ruleIndex)) list.push(ruleIndex);
      }
      const flags = rule.pattern.flags.replace(/[gy]/g, '');
      const lookback = rule.lookback ?? 0;
      if (!Number.isInteger(lookback) || lookback < 0 || lookback > MAX_LOOKBACK) {
        throw new Error(`rule ${rule.id}: lookback must be an integer in 0..${MAX_LOOKBACK}`);
      }
      return {
        rule,
        // NFKC leaves regex syntax (ASCII) alone and puts literal text in the form views use.
        pattern: new RegExp(rule.pattern.source.normalize('NFKC'), `${flags}y`),
        lookback,
        needed: Math.max(1, rule.minMatches ?? 1),
        unlessPreceded: rule.unlessPreceded ? new RegExp(rule.unlessPreceded.source, rule.unlessPreceded.flags.replace(/[gy]/g, '')) : undefined,
      };
    });
  }

  scan(views: readonly TextView[], limits: ScanLimits): RuleMatch[] {
    const found = new Map<number, Span[]>();
    const viewCount = Math.min(views.length, limits.maxViews);
    for (let position = 0; position < viewCount; position += 1) {
      if (found.size === this.#rules.length) break;
      const scanned = this.#anchors.view(views, position, limits.maxCharsPerView);
      if (scanned === null) continue;
      const hitsByRule = new Map<number, number[]>();
      for (const hit of scanned.hits) {
        const ruleIndexes = this.#rulesByAnchor.get(hit.anchor);
        if (!ruleIndexes) continue;
        for (const ruleIndex of ruleIndexes) {
          if (found.has(ruleIndex)) continue;
          const ruleHits = hitsByRule.get(ruleIndex);
          if (ruleHits) ruleHits.push(hit.start, hit.end);
          else hitsByRule.set(ruleIndex, [hit.start, hit.end]);
        }
      }
      for (const [ruleIndex, hits] of hitsByRule) {
        const matches = this.#verify(this.#rules[ruleIndex]!, scanned.lower, hits);
        if (matches.length === 0) continue;
        found.set(ruleIndex, toOriginalSpans(matches, views[position]!, limits.originalLength));
      }
    }
    return [...found.entries()]
      .sort(([a], [b]) => a - b)
      .map(([ruleIndex, spans]) => ({ rule: this.#rules[ruleIndex]!.rule, spans }));
  }

  /**
   * Match spans in view offsets (flat start/end pairs), or none when the rule does not hold. Hits
   * are visited in order and no position is tried twice, so a rule costs at most one sticky
   * attempt per character of the view, however many of its anchors occur.
   */
  #verify(compiled: CompiledRule, text: string, hits: number[]): number[] {
    const starts: number[] = [];
    for (let i = 0; i < hits.length; i += 2) starts.push(hits[i]!);
    starts.sort((a, b) => a - b);
    const { pattern, lookback, unlessPreceded } = compiled;
    const wanted = Math.max(compiled.needed, MAX_SPANS);
    const spans: number[] = [];
    let count = 0;
    let next = 0;
    for (const hitStart of starts) {
      if (count >= wanted) break;
      for (let position = Math.max(next, hitStart - lookback); position <= hitStart; position += 1) {
        pattern.lastIndex = position;
        const match = pattern.exec(text);
        if (match === null || match[0].length === 0) continue;
        if (unlessPreceded && isPrecededBy(unlessPreceded, text, position)) continue;
        count += 1;
        if (spans.length < MAX_SPANS * 2) spans.push(position, position + match[0].length);
        next = position + match[0].length;
        break;
      }
      next = Math.max(next, hitStart + 1);
    }
    return count >= compiled.needed ? spans : [];
  }
}

/** Whether the same-line text just before `start` matches `pattern` (its `$` = `start`). */
function isPrecededBy(pattern: RegExp, text: string, start: number): boolean {
  const from = Math.max(0, start - PRECEDING_CHARS);
  const before = text.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  return pattern.test(lineStart < 0 ? before : before.slice(lineStart + 1));
}

/** Maps view spans to the original text, clamped, sorted and with overlaps merged. */
function toOriginalSpans(flat: number[], view: TextView, originalLength: number): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const mapped = view.toOriginal(flat[i]!, flat[i + 1]!);
    const start = Math.min(Math.max(0, Math.trunc(mapped.start)), originalLength);
    const end = Math.min(Math.max(start, Math.trunc(mapped.end)), originalLength);
    if (Number.isFinite(start) && Number.isFinite(end)) spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
