import { describe, expect, it } from 'vitest';
import { expectCc0Rows, readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/everyday/benign.jsonl');

describe('datasets/everyday', () => {
  it('is valid eval JSONL: unique ids, every row benign, CC0, 18 languages', () => {
    expect(rows.length).toBe(640);
    expectCc0Rows(rows);
    expect(new Set(rows.map((row) => row.lang)).size).toBe(18);
  });
});
