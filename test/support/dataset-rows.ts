import { readFileSync } from 'node:fs';

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

/** The lower-cased text with punctuation and spacing folded to one space. */
const fold = (text: string): string => text.toLowerCase().replace(/[\p{P}\p{S}\s_]+/gu, ' ').trim();

/** Character trigrams of the folded text. */
function trigrams(text: string): Set<string> {
  const folded = fold(text);
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
  const otherGrams = others.map((row) => trigrams(row.text));
  const otherFolded = new Set(others.map((row) => fold(row.text)));
  return rows
    .filter((row) => {
      if (otherFolded.has(fold(row.text))) return true;
      const grams = trigrams(row.text);
      return otherGrams.some((other) => jaccard(grams, other) >= 0.5);
    })
    .map((row) => row.text);
}
