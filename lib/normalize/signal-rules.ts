import type { Finding, Severity, Span } from '../core/finding.ts';
import type { NormalizationSignal, NormalizedText } from '../core/normalized-text.ts';
import { revealedItems } from './revealed-text.ts';
import type { SignalKind } from './signal-kinds.ts';
import type { ContentKind } from './text-shape.ts';

/** What a hidden or encoded stretch turned out to hold; `unknown` when it cannot be read back. */
export type Revealed = ContentKind | 'unknown';

/**
 * A rule that turns one normalization signal into findings: data, so the table in each detector
 * reads as documentation (what it catches, how sure it is, why, where the technique comes from).
 */
export interface SignalRule {
  /** Rule id without the detector prefix. */
  id: string;
  /** Group of techniques (invisible characters, look-alike letters, encodings, ciphers…). */
  family: string;
  /** The signal (or signals) it reports. */
  signal: SignalKind | readonly SignalKind[];
  severity: Severity;
  /** Shown to the user (the detector's `meta.messages`). */
  description: string;
  /** Where the technique is documented. */
  reference: string;
  /**
   * Calibrated score by what the hidden content turned out to be; 0 means "ordinary, not
   * reported" (a JWT is base64 data, a URL escapes its spaces).
   */
  scores: Record<Revealed, number>;
  /** The score is at least `score` when the signal counts at least `atLeast` hidden items. */
  countBoost?: { atLeast: number; score: number };
  /** The rule ignores signals with fewer hidden items than this. */
  minCount?: number;
  /** Only signals of decoded layers at least this deep. */
  minDepth?: number;
  /** Further condition on the signal (e.g. percent-escapes of letters that need no escaping). */
  when?: (signal: NormalizationSignal, text: NormalizedText) => boolean;
  /** Texts this rule must flag and texts it must leave alone (run by the tests). */
  examples: { flagged: readonly string[]; clean: readonly string[] };
}

/** Findings carry at most this many spans. */
const MAX_SPANS = 32;

function clip(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const start = Math.min(Math.max(0, Math.trunc(span.start)), length);
    const end = Math.min(Math.max(start, Math.trunc(span.end)), length);
    out.push({ start, end });
    if (out.length >= MAX_SPANS) break;
  }
  return out;
}

/** The score one signal earns under a rule, and the spans that earned it. */
export function scoreSignal(rule: SignalRule, signal: NormalizationSignal, text: NormalizedText): { score: number; spans: Span[] } {
  const boost = rule.countBoost && signal.count >= rule.countBoost.atLeast ? rule.countBoost.score : 0;
  const items = revealedItems(text, signal);
  if (items.length === 0 || signal.view === undefined) {
    const revealed: Revealed = items[0]?.kind ?? 'unknown';
    return { score: Math.max(rule.scores[revealed], boost), spans: signal.spans };
  }
  let best = 0;
  const spans: Span[] = [];
  for (const item of items) {
    const score = Math.max(rule.scores[item.kind], boost);
    if (score > best) best = score;
    spans.push(item.span);
  }
  return { score: best, spans };
}

/** Applies a detector's rule table to the normalization signals: one finding per rule at most. */
export function evaluateSignalRules(detectorId: string, rules: readonly SignalRule[], text: NormalizedText): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let best = 0;
    let spans: Span[] = [];
    const kinds: readonly string[] = typeof rule.signal === 'string' ? [rule.signal] : rule.signal;
    for (const signal of text.signals) {
      if (!kinds.includes(signal.kind)) continue;
      if (rule.minCount !== undefined && signal.count < rule.minCount) continue;
      if (rule.minDepth !== undefined && (signal.depth ?? 0) < rule.minDepth) continue;
      if (rule.when && !rule.when(signal, text)) continue;
      const scored = scoreSignal(rule, signal, text);
      if (scored.score > best) best = scored.score;
      spans = spans.concat(scored.spans);
    }
    if (best <= 0) continue;
    findings.push({
      ruleId: `${detectorId}/${rule.id}`,
      category: 'obfuscation',
      severity: rule.severity,
      score: Math.min(1, best),
      spans: clip(spans, text.original.length),
    });
  }
  return findings;
}
