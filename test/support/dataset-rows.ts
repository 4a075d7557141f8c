import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A row of one of Rampart's own datasets (datasets/*). */
export interface DatasetRow {
  id: string;
  text: string;
  label: string;
  family: string;
  lang: string;
  license: string;
  category?: string;
}

const readRows = (url: URL): DatasetRow[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DatasetRow);

/** The rows of a JSONL file under datasets/, named relative to the repository root. */
export const readDatasetRows = (path: string): DatasetRow[] => readRows(new URL(`../../${path}`, import.meta.url));

/**
 * What every row of one of Rampart's own sets must be: a unique id, the set's label, CC0, some text,
 * one of `families`.
 */
export function expectCc0Rows(rows: readonly DatasetRow[], { label = 'benign', families = ['benign'] }: { label?: string; families?: readonly string[] } = {}): void {
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  for (const row of rows) {
    expect(row).toMatchObject({ label, license: 'CC0-1.0' });
    expect(families).toContain(row.family);
    expect(row.text.trim().length, row.id).toBeGreaterThan(0);
  }
}

/**
 * The rows of a dev data file (../shared/datasets/dev/<name>.jsonl, beside the checkout), or none
 * when the dev data is not there.
 */
export function readDevRows(name: 'inbound' | 'outbound' | 'tool'): DatasetRow[] {
  const url = new URL(`../../../shared/datasets/dev/${name}.jsonl`, import.meta.url);
  return existsSync(url) ? readRows(url) : [];
}

/** The lower-cased text with punctuation and spacing folded to one space. */
const fold = (text: string): string => text.toLowerCase().replace(/[\p{P}\p{S}\s_]+/gu, ' ').trim();

/** Character trigrams of a folded text. */
function trigrams(folded: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) grams.add(folded.slice(i, i + 3));
  return grams;
}

/**
 * The texts of `rows` that repeat a text of `others` exactly or nearly (the same folded text, or
 * character-trigram Jaccard ≥ 0.5) — how a training set and an evaluation set are kept apart. The
 * folded comparison covers texts too short for a trigram ("ok!", "ty").
 */
export function nearDuplicateTexts(rows: readonly DatasetRow[], others: readonly DatasetRow[]): string[] {
  const otherFolded = others.map((row) => fold(row.text));
  const otherTexts = new Set(otherFolded);
  const otherSizes: number[] = [];
  // Which other texts hold each trigram: a row is compared only with texts it shares a trigram
  // with, counted once per shared trigram (the intersection), instead of with every text.
  const holders = new Map<string, number[]>();
  otherFolded.forEach((folded, index) => {
    const grams = trigrams(folded);
    otherSizes.push(grams.size);
    for (const gram of grams) {
      const list = holders.get(gram);
      if (list) list.push(index);
      else holders.set(gram, [index]);
    }
  });
  const shared = new Uint32Array(others.length);
  return rows
    .filter((row) => {
      const folded = fold(row.text);
      if (otherTexts.has(folded)) return true;
      const grams = trigrams(folded);
      const touched: number[] = [];
      for (const gram of grams) {
        for (const index of holders.get(gram) ?? []) {
          if (shared[index] === 0) touched.push(index);
          shared[index]! += 1;
        }
      }
      let near = false;
      for (const index of touched) {
        if (shared[index]! / (grams.size + otherSizes[index]! - shared[index]!) >= 0.5) near = true;
        shared[index] = 0;
      }
      return near;
    })
    .map((row) => row.text);
}
