import type { Span } from '../core/finding.ts';
import { foldCase } from '../gate/fold-case.ts';
import type { CompiledRule, CompiledRuleSet } from './compile-rules.ts';
import { shannonEntropy } from './entropy.ts';
import { documentAround, documentSeparators, kubernetesSecretValues } from './kubernetes-secret.ts';
import { placeholderReason } from './placeholder.ts';
import { PUBLISHED_EXAMPLE_SECRETS } from './published-examples.ts';
import { runCheck, type CheckResult } from './rule-checks.ts';
import { findTokenRuns } from './token-runs.ts';

/**
 * Shortest run of base64 characters an `atTokenRuns` rule is tried at. Its one rule needs 4.5 bits
 * of entropy per character, which no string under 23 characters can reach.
 */
export const TOKEN_RUN_MIN_LENGTH = 20;

export interface SecretMatch {
  ruleIndex: number;
  /** Spans in the scanned text (usually one; a Kubernetes Secret reports each value). */
  spans: Span[];
  tier: Exclude<CheckResult, 'fail'>;
}

export interface ScanLimits {
  /** Keyword hits considered per text (a text made of keywords cannot make the scan quadratic). */
  maxHits: number;
  /** Matches reported per text. */
  maxMatches: number;
  /**
   * Per rule: regex attempts, and matches checked. A flood of one keyword (`key key key …`,
   * `Authorization: ` × 5,000) exhausts only its own rules' budget, so it can neither slow the
   * scan down nor hide a token of another kind placed after it.
   */
  maxAttemptsPerRule: number;
  maxCheckedPerRule: number;
  signal?: AbortSignal;
}

/** Context kept around a window so look-behind/look-ahead see real neighbours, not a cut edge. */
const WINDOW_MARGIN = 16;
const SECRET_GROUPS = ['secret', 'secret2', 'secret3', 'secret4'] as const;

type IndexedMatch = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

/**
 * Finds secrets in one text: keyword prefilter → each candidate rule at each of its hits (sticky,
 * or inside a bounded window) → placeholder, entropy and structure checks. Work is bounded by
 * hits × the longest match of a rule, never by text length × rule count (rules without keywords
 * are tried only where a long run of token characters starts; see token-runs.ts).
 */
export function scanForSecrets(text: string, set: CompiledRuleSet, limits: ScanLimits): SecretMatch[] {
  const matches: SecretMatch[] = [];
  if (text.length === 0) return matches;
  const hits = set.prefilter.find(foldCase(text), limits.maxHits);
  if (hits.length === 0 && set.atTokenRuns.length === 0) return matches;
  const ruleCount = set.rules.length;
  const tried = new Set<number>();
  const reported = new Set<string>();
  const attempts = new Uint32Array(ruleCount);
  const checked = new Uint32Array(ruleCount);
  const expandedDocuments = new Set<number>();
  let separators: number[] | undefined;

  const consider = (ruleIndex: number, compiled: CompiledRule, match: IndexedMatch, offset: number) => {
    const { rule } = compiled;
    if (checked[ruleIndex]! >= limits.maxCheckedPerRule) return;
    checked[ruleIndex]! += 1;
    const groups = match.groups ?? {};
    const groupIndices = match.indices.groups ?? {};
    if (rule.checks?.includes('kubernetes-secret')) {
      // Every `kind: Secret` line of one manifest expands to the same values: parse it once.
      separators ??= documentSeparators(text);
      const documentStart = documentAround(text, match.index + offset, separators).start;
      if (expandedDocuments.has(documentStart)) return;
      expandedDocuments.add(documentStart);
      const { spans } = kubernetesSecretValues(text, match.index + offset, separators);
      if (spans.length > 0) matches.push({ ruleIndex, spans, tier: 'pass' });
      return;
    }
    const group = SECRET_GROUPS.find((name) => groupIndices[name] !== undefined);
    if (!group) return;
    const [relativeStart, relativeEnd] = groupIndices[group]!;
    const start = relativeStart + offset;
    const end = relativeEnd + offset;
    const key = `${ruleIndex}:${start}:${end}`;
    if (end <= start || reported.has(key)) return;
    reported.add(key);

    const secret = text.slice(start, end);
    if (PUBLISHED_EXAMPLE_SECRETS.has(secret)) return;
    const body = rule.prefix && secret.startsWith(rule.prefix) ? secret.slice(rule.prefix.length) : secret;
    if (!rule.allowRepetition && placeholderReason(secret, body) !== undefined) return;
    if (rule.minEntropy !== undefined && shannonEntropy(body) < rule.minEntropy) return;
    let tier: SecretMatch['tier'] = 'pass';
    const nameIndices = groupIndices['name'];
    const nameStart = nameIndices ? nameIndices[0] + offset : -1;
    for (const check of rule.checks ?? []) {
      const result = runCheck(check, { text, secret, groups, nameStart, secretStart: start });
      if (result === 'fail') return;
      if (result === 'unverified') tier = 'unverified';
    }
    matches.push({ ruleIndex, spans: [{ start, end }], tier });
  };

  for (let h = 0; h < hits.length && matches.length < limits.maxMatches; h += 1) {
    if ((h & 255) === 0 && limits.signal?.aborted) break;
    const hit = hits[h]!;
    for (const ruleIndex of set.rulesByKeyword[hit.keyword] ?? []) {
      const attempt = hit.start * ruleCount + ruleIndex;
      if (tried.has(attempt) || attempts[ruleIndex]! >= limits.maxAttemptsPerRule) continue;
      tried.add(attempt);
      attempts[ruleIndex]! += 1;
      const compiled = set.rules[ruleIndex]!;
      const { rule, regex } = compiled;
      if (!rule.window) {
        regex.lastIndex = hit.start;
        const match = regex.exec(text) as IndexedMatch | null;
        if (match) consider(ruleIndex, compiled, match, 0);
        continue;
      }
      const low = Math.max(0, hit.start - rule.window.before);
      const high = Math.min(text.length, hit.end + rule.window.after);
      const from = Math.max(0, low - WINDOW_MARGIN);
      const slice = text.slice(from, Math.min(text.length, high + WINDOW_MARGIN));
      regex.lastIndex = 0;
      for (let match = regex.exec(slice) as IndexedMatch | null; match; match = regex.exec(slice) as IndexedMatch | null) {
        const start = match.index + from;
        const inside = start >= low && start + match[0].length <= high && match[0].length > 0;
        if (inside) consider(ruleIndex, compiled, match, from);
        regex.lastIndex = inside ? match.index + match[0].length : match.index + 1;
      }
    }
  }
  // Rules with no keyword are tried at the start of every long run of token characters.
  if (set.atTokenRuns.length > 0 && matches.length < limits.maxMatches && !limits.signal?.aborted) {
    const runs = findTokenRuns(text, TOKEN_RUN_MIN_LENGTH, limits.maxAttemptsPerRule);
    for (const ruleIndex of set.atTokenRuns) {
      const compiled = set.rules[ruleIndex]!;
      for (const run of runs) {
        if (matches.length >= limits.maxMatches) break;
        compiled.regex.lastIndex = run.start;
        const match = compiled.regex.exec(text) as IndexedMatch | null;
        if (match) consider(ruleIndex, compiled, match, 0);
      }
    }
  }
  return matches;
}
