import { describe, expect, it } from 'vitest';
import { readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/everyday/benign.jsonl');

describe('datasets/everyday', () => {
  it('is valid eval JSONL: unique ids, every row benign, CC0, 18 languages', () => {
    expect(rows.length).toBe(640);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row).toMatchObject({ label: 'benign', family: 'benign', license: 'CC0-1.0' });
      expect(row.text.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((row) => row.lang)).size).toBe(18);
  });
});
