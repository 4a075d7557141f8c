import type { Span } from '../../core/finding.ts';
import type { DetectorOutcome } from '../../core/outcome.ts';
import { foldCase } from '../../gate/fold-case.ts';

/** Occurrences looked for per phrase: a phrase repeated more often than this is still allowed up to here. */
const MAX_OCCURRENCES_PER_PHRASE = 1_000;

/**
 * Where the allow-listed phrases occur in the original text (case-insensitive, exactly as
 * written otherwise), merged and sorted. Searched on the original because that is where findings'
 * spans are: a finding the user sees highlighted inside "Acme Corp" is the one the phrase exempts.
 */
export function allowListedRanges(original: string, phrases: readonly string[]): Span[] {
  const wanted = [...new Set(phrases.map((phrase) => foldCase(phrase.trim())).filter((phrase) => phrase.length > 0))];
  if (wanted.length === 0 || original.length === 0) return [];
  const text = foldCase(original);
  const ranges: Span[] = [];
  for (const phrase of wanted) {
    let from = 0;
    for (let count = 0; count < MAX_OCCURRENCES_PER_PHRASE; count += 1) {
      const at = text.indexOf(phrase, from);
      if (at < 0) break;
      ranges.push({ start: at, end: at + phrase.length });
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether `span` lies inside one of the (merged, sorted) ranges. */
function insideAny(span: Span, ranges: readonly Span[]): boolean {
  // Ranges are few and sorted; a binary search would save nothing measurable here.
  return ranges.some((range) => span.start >= range.start && span.end <= range.end);
}

/**
 * The outcomes without the findings whose every span lies inside an allow-listed phrase. A finding
 * without spans (a whole-text classifier) is never dropped: nothing shows it is about the phrase.
 */
export function withoutAllowListed(outcomes: DetectorOutcome[], ranges: readonly Span[]): DetectorOutcome[] {
  if (ranges.length === 0) return outcomes;
  return outcomes.map((outcome) => {
    if (outcome.status !== 'ok') return outcome;
    const kept = outcome.findings.filter((finding) => finding.spans.length === 0 || !finding.spans.every((span) => insideAny(span, ranges)));
    return kept.length === outcome.findings.length ? outcome : { ...outcome, findings: kept };
  });
}
