import type { RecordedFinding, Span } from '../core/finding.ts';
import type { Redaction } from '../core/verdict.ts';

/**
 * Turns redactable findings into non-overlapping redactions with stable placeholders: the same
 * value gets the same placeholder within one text (`[EMAIL_1]` twice for one address), so the
 * LLM can still follow the conversation and the local vault can put the value back in replies.
 */
export function buildRedactions(text: string, findings: readonly RecordedFinding[]): Redaction[] {
  const candidates: Array<Span & { finding: RecordedFinding }> = [];
  for (const finding of findings) {
    for (const span of finding.spans) candidates.push({ ...span, finding });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Array<Span & { finding: RecordedFinding }> = [];
  for (const candidate of candidates) {
    const last = merged[merged.length - 1];
    if (last && candidate.start < last.end) {
      last.end = Math.max(last.end, candidate.end);
      continue;
    }
    merged.push({ ...candidate });
  }

  const numberByValue = new Map<string, string>();
  const countByKind = new Map<string, number>();
  return merged.map(({ start, end, finding }) => {
    const kind = (finding.redactAs ?? finding.category).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    // The value is used only as an in-memory map key here; it is never stored or returned.
    const key = `${kind}\u0000${text.slice(start, end)}`;
    let placeholder = numberByValue.get(key);
    if (!placeholder) {
      const next = (countByKind.get(kind) ?? 0) + 1;
      countByKind.set(kind, next);
      placeholder = `[${kind}_${next}]`;
      numberByValue.set(key, placeholder);
    }
    return { start, end, category: finding.category, placeholder };
  });
}

/** Applies redactions to the text (used by the extension before sending and by the CLI). */
export function applyRedactions(text: string, redactions: readonly Redaction[]): string {
  let out = '';
  let cursor = 0;
  for (const redaction of [...redactions].sort((a, b) => a.start - b.start)) {
    if (redaction.start < cursor) continue;
    out += text.slice(cursor, redaction.start) + redaction.placeholder;
    cursor = redaction.end;
  }
  return out + text.slice(cursor);
}
