import { findings, type Detector, type DetectorMeta } from '../core/detector.ts';
import type { Finding, Span } from '../core/finding.ts';
import type { NormalizedText, TextView } from '../core/normalized-text.ts';
import { SECRET_CALIBRATION } from '../rules/secrets/calibration.ts';
import { SECRET_RULES } from '../rules/secrets/index.ts';
import type { SecretRule } from '../rules/secrets/secret-rule.ts';
import { scanForSecrets, type SecretMatch } from '../secrets/scan-secrets.ts';
import { SECRET_RULE_SET } from '../secrets/secret-rule-set.ts';

/** Below this a finding is noise even for the strictest profile (enterprise redacts from 0.3). */
const MIN_REPORTED_SCORE = 0.2;
/** Decoded layers scanned besides the canonical view (the normalizer caps its own depth). */
const MAX_DECODED_VIEWS = 16;
const LIMITS = { maxHits: 50_000, maxMatches: 500, maxAttemptsPerRule: 4_000, maxCheckedPerRule: 400 };


export const meta: DetectorMeta = {
  id: 'secrets',
  description:
    'Finds credentials — cloud keys, VCS/AI/payment/chat/SaaS tokens, private keys, JWTs, connection-string and URL passwords, Kubernetes Secrets, `password=`-style assignments — in prompts and replies, with a span over exactly the secret so it can be redacted instead of sent. Rules are data (lib/rules/secrets/), prefiltered by their literal keywords.',
  version: '1.1.0',
  directions: ['inbound', 'outbound'],
  categories: ['secrets'],
  cost: 'cheap',
  expectedMs: 0.1,
  maxChars: 1_000_000,
  defaultOptions: {},
  messages: Object.fromEntries(SECRET_RULES.map((rule) => [rule.id, rule.description])),
};

/** Calibrated score for a rule at a verification tier (the table wins over the rule's prior). */
export function ruleScore(rule: SecretRule, tier: SecretMatch['tier']): number {
  const key = tier === 'unverified' ? `${rule.id}:unverified` : rule.id;
  const calibrated = SECRET_CALIBRATION[key]?.score;
  if (calibrated !== undefined) return calibrated;
  return tier === 'unverified' ? (rule.unverifiedScore ?? rule.score) : rule.score;
}

interface Candidate {
  rule: SecretRule;
  tier: SecretMatch['tier'];
  /** Decoding depth of the view it was found in (0 = canonical). */
  depth: number;
  order: number;
  score: number;
  spans: Span[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One secret can match several rules (`Authorization: Bearer <JWT>`, a GitHub token inside a
 * URL, a base64 key and its decoded layer). Reporting each would double-count it in the noisy-OR
 * risk, so one rule wins each region: the most confident, where confidence differs by more than
 * a 0.05 step; within a step the canonical view beats a decoded one (its span is exact) and the
 * more specific rule (listed earlier: provider formats before `Authorization:` and generic ones).
 */
const bucket = (score: number) => Math.round(score * 20);

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort(
    (a, b) => bucket(b.score) - bucket(a.score) || a.depth - b.depth || a.order - b.order || b.score - a.score,
  );
  const kept: Candidate[] = [];
  const taken: Span[] = [];
  for (const candidate of candidates) {
    const spans = candidate.spans.filter((span) => !taken.some((other) => overlaps(span, other)));
    if (spans.length === 0) continue;
    taken.push(...spans);
    kept.push({ ...candidate, spans });
  }
  return kept;
}

function toOriginalSpan(view: TextView, span: Span, length: number): Span | undefined {
  const mapped = view.toOriginal(span.start, span.end);
  const start = Math.max(0, Math.min(length, Math.floor(mapped.start)));
  const end = Math.max(start, Math.min(length, Math.ceil(mapped.end)));
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : undefined;
}

/** One resolved secret: the rule that won its region, the verification tier and the spans. */
export interface SecretFinding {
  rule: SecretRule;
  tier: SecretMatch['tier'];
  score: number;
  spans: Span[];
}

/**
 * Scans the canonical view and the decoded layers, maps spans to the original text and keeps the
 * most confident rule per region. `score` is injectable so the calibration script can measure
 * rules at their priors (scripts/calibrate-secrets.ts).
 */
export function collectSecrets(
  text: NormalizedText,
  signal: AbortSignal | undefined,
  score: (rule: SecretRule, tier: SecretMatch['tier']) => number = ruleScore,
): SecretFinding[] {
  const length = text.original.length;
  const views = [text.canonical, ...text.views.filter((view) => view.depth > 0).slice(0, MAX_DECODED_VIEWS)];
  const candidates: Candidate[] = [];
  for (const view of views) {
    if (signal?.aborted) break;
    for (const match of scanForSecrets(view.text, SECRET_RULE_SET, { ...LIMITS, ...(signal ? { signal } : {}) })) {
      const rule = SECRET_RULE_SET.rules[match.ruleIndex]!.rule;
      const value = score(rule, match.tier);
      if (value < MIN_REPORTED_SCORE) continue;
      const spans = match.spans.flatMap((span) => toOriginalSpan(view, span, length) ?? []);
      if (spans.length > 0) {
        candidates.push({ rule, tier: match.tier, depth: view.depth, order: match.ruleIndex, score: value, spans });
      }
    }
  }
  return resolveOverlaps(candidates).map(({ rule, tier, score: value, spans }) => ({ rule, tier, score: value, spans }));
}

export const secrets: Detector = {
  meta,
  // Synchronous, so its abort signal could only fire after it returned: not read (reading it
  // creates an AbortController per scan).
  run({ text }) {
    return findings(
      collectSecrets(text, undefined).map(
        ({ rule, score, spans }): Finding => ({
          ruleId: `secrets/${rule.id}`,
          category: 'secrets',
          severity: rule.severity,
          score,
          spans,
          redactAs: rule.redactAs,
        }),
      ),
    );
  },
};
