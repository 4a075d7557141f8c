import { findAnchors, positionsFor } from './anchors.ts';
import { KeywordIndex } from './keyword-index.ts';
import type { DeferredHit, MatchContext, PiiHit, PiiRule } from './rule.ts';
import { PII_RULES } from './rules/index.ts';

export interface PiiScanOptions {
  /** Default regions for national-format phone numbers (ISO 3166 alpha-2), most likely first. */
  regions: readonly string[];
  /** Stop collecting after this many hits (a paste of 10,000 addresses is one signal anyway). */
  maxHits?: number;
  rules?: readonly PiiRule[];
  /** The costly validators' allowance, when several scans must share one (scanBudget()). */
  budget?: MatchContext['budget'];
}

export interface PiiScan {
  hits: PiiHit[];
  /** Hits whose check is asynchronous (Base58Check hashing); kept only if `verify` resolves true. */
  deferred: DeferredHit[];
}

/** Costly validators per scan: bounded so a hostile paste cannot buy unbounded work. */
const PHONE_PARSES = 64;
const HASHES = 16;
/** A fresh allowance of costly validators: what one scan may spend. */
export const scanBudget = (): MatchContext['budget'] => ({ phoneParses: PHONE_PARSES, hashes: HASHES });

/** Candidates a rule may examine per scan (each is a bounded sticky match). */
const MAX_CANDIDATES_PER_RULE = 4_000;

type Candidate = PiiHit & { priority: number; verify?: () => Promise<boolean> };

/**
 * Runs every rule at its anchors in `text` (offsets are offsets of `text`) and resolves overlaps
 * by rule priority. Linear in the text: anchors come from one pass over the digits, each pattern
 * is sticky and bounded, candidates per rule are capped, costly validators have a per-scan budget.
 */
export function scanPii(text: string, options: PiiScanOptions): PiiScan {
  const rules = options.rules ?? PII_RULES;
  const maxHits = options.maxHits ?? 256;
  const anchors = findAnchors(text);
  const context: MatchContext = {
    text,
    keywords: new KeywordIndex(anchors.keywords),
    budget: options.budget ?? scanBudget(),
    regions: options.regions,
  };
  const candidates: Candidate[] = [];

  rules.forEach((rule, priority) => {
    const { pattern } = rule;
    let nextFree = 0;
    let tried = 0;
    let accepted = 0;
    // Keyword anchors can sit inside another keyword's rejected candidate ("sent to the corner
    // of …"): each gets its own try. Number and token anchors inside a rejected candidate are
    // parts of it and are skipped, as a global regex would.
    const ownTry = typeof rule.anchor !== 'string';
    for (const position of positionsFor(anchors, rule.anchor)) {
      if (position < nextFree) continue;
      if ((tried += 1) > MAX_CANDIDATES_PER_RULE || accepted >= maxHits) break;
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (!match) continue;
      nextFree = ownTry ? match.index + 1 : match.index + Math.max(1, match[0].length);
      const acceptance = rule.accept(match, context);
      if (!acceptance) continue;
      const start = acceptance.start ?? match.index;
      const end = acceptance.end ?? match.index + match[0].length;
      if (!(start >= 0 && end > start && end <= text.length)) continue;
      nextFree = Math.max(nextFree, end);
      accepted += 1;
      candidates.push({ rule: rule.id, tier: acceptance.tier, start, end, priority, ...(acceptance.verify ? { verify: acceptance.verify } : {}) });
    }
    pattern.lastIndex = 0;
  });

  candidates.sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.length >= maxHits) break;
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);

  const hits: PiiHit[] = [];
  const deferred: DeferredHit[] = [];
  for (const { rule, tier, start, end, verify } of kept) {
    if (verify) deferred.push({ rule, tier, start, end, verify });
    else hits.push({ rule, tier, start, end });
  }
  return { hits, deferred };
}
