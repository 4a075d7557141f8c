import { describe, expect, it } from 'vitest';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/everyday-train/benign.jsonl');

describe('datasets/everyday-train', () => {
  it('is valid training JSONL: unique ids, benign, CC0, many languages', () => {
    expect(rows.length).toBeGreaterThan(1_800);
    expectCc0Rows(rows, { families: ['benign', 'benign_hard'] });
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(25);
  });

  // The evaluation set measures what training on this one buys; a repeated row would measure recall.
  it('repeats no row of the evaluation set, exactly or nearly', () => {
    expect(nearDuplicateTexts(rows, readDatasetRows('datasets/everyday/benign.jsonl'))).toEqual([]);
  });
});
