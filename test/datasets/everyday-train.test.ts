import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Row {
  id: string;
  text: string;
  label: string;
  family: string;
  lang: string;
  license: string;
}

const read = (path: string): Row[] =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);

const rows = read('../../datasets/everyday-train/benign.jsonl');
const evaluation = read('../../datasets/everyday/benign.jsonl');

/** Character trigrams of the lower-cased text with punctuation and spacing folded to one space. */
function trigrams(text: string): Set<string> {
  const folded = text.toLowerCase().replace(/[\p{P}\p{S}\s_]+/gu, ' ').trim();
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) grams.add(folded.slice(i, i + 3));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

describe('datasets/everyday-train', () => {
  it('is valid training JSONL: unique ids, benign, CC0, many languages', () => {
    expect(rows.length).toBeGreaterThan(1_800);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row).toMatchObject({ label: 'benign', license: 'CC0-1.0' });
      expect(['benign', 'benign_hard']).toContain(row.family);
      expect(row.text.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(25);
  });

  // The evaluation set measures what training on this one buys; a repeated row would measure recall.
  it('repeats no row of the evaluation set, exactly or nearly', () => {
    const evaluationGrams = evaluation.map((row) => trigrams(row.text));
    const near = rows.filter((row) => {
      const grams = trigrams(row.text);
      return evaluationGrams.some((other) => jaccard(grams, other) >= 0.5);
    });
    expect(near.map((row) => row.text)).toEqual([]);
  });
});
