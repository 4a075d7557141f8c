import { describe, expect, it } from 'vitest';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/everyday-replies/outbound.jsonl');

describe('datasets/everyday-replies', () => {
  it('is valid eval JSONL: unique ids, benign, CC0, several languages', () => {
    expect(rows.length).toBe(588);
    expectCc0Rows(rows);
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(10);
  });

  // What the models learnt from must not be what measures them.
  it('repeats no training row of datasets/everyday-train, exactly or nearly', () => {
    expect(nearDuplicateTexts(rows, readDatasetRows('datasets/everyday-train/benign.jsonl'))).toEqual([]);
  });
});
