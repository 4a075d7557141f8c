/**
 * The local exemplars the options page lists (page:feedback-list), read from the background's
 * untrusted answer: what was reported ("attack" / "fine"), when, and by which embedder. Exemplars
 * are vectors only, so there is never text to show.
 */
export interface FeedbackRow {
  id: string;
  label: 'attack' | 'fine';
  createdAt: number;
  embedderId: string;
}

export function readFeedbackRows(value: unknown): FeedbackRow[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (row): row is FeedbackRow =>
        typeof row === 'object' &&
        row !== null &&
        (typeof row.id === 'string' || typeof row.id === 'number') &&
        (row.label === 'attack' || row.label === 'fine') &&
        typeof row.createdAt === 'number' &&
        Number.isFinite(row.createdAt),
    )
    .map((row) => ({ id: String(row.id), label: row.label, createdAt: row.createdAt, embedderId: typeof row.embedderId === 'string' ? row.embedderId : '' }))
    .sort((a, b) => b.createdAt - a.createdAt);
}
