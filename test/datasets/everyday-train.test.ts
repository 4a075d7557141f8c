import { describe, expect, it } from 'vitest';
import { nearDuplicateTexts, readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/everyday-train/benign.jsonl');

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
    expect(nearDuplicateTexts(rows, readDatasetRows('datasets/everyday/benign.jsonl'))).toEqual([]);
  });
});
