import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A row of one of Rampart's own datasets (datasets/*). */
export interface DatasetRow {
  id: string;
  text: string;
  label: string;
  family: string;
  lang: string;
  license: string;
}

/** The rows of a JSONL file under datasets/, named relative to the repository root. */
export const readDatasetRows = (path: string): DatasetRow[] =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DatasetRow);

/** What every row of Rampart's own benign sets must be: a unique id, benign, CC0, some text, one of `families`. */
export function expectBenignCc0Rows(rows: readonly DatasetRow[], families: readonly string[] = ['benign']): void {
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  for (const row of rows) {
    expect(row).toMatchObject({ label: 'benign', license: 'CC0-1.0' });
    expect(families).toContain(row.family);
    expect(row.text.trim().length, row.id).toBeGreaterThan(0);
  }
}

/** The lower-cased text with punctuation and spacing folded to one space. */
const fold = (text: string): string => text.toLowerCase().replace(/[\p{P}\p{S}\s_]+/gu, ' ').trim();

/** Character trigrams of a folded text. */
function trigrams(folded: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) grams.add(folded.slice(i, i + 3));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * The texts of `rows` that repeat a text of `others` exactly or nearly (the same folded text, or
 * character-trigram Jaccard ≥ 0.5) — how a training set and an evaluation set are kept apart. The
 * folded comparison covers texts too short for a trigram ("ok!", "ty").
 */
export function nearDuplicateTexts(rows: readonly DatasetRow[], others: readonly DatasetRow[]): string[] {
  const otherFolded = others.map((row) => fold(row.text));
  const otherTexts = new Set(otherFolded);
  const otherGrams = otherFolded.map(trigrams);
  return rows
    .filter((row) => {
      const folded = fold(row.text);
      if (otherTexts.has(folded)) return true;
      const grams = trigrams(folded);
      return otherGrams.some((other) => jaccard(grams, other) >= 0.5);
    })
    .map((row) => row.text);
}
