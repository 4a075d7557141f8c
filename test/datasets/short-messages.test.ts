import { describe, expect, it } from 'vitest';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/short-messages/benign.jsonl');

describe('datasets/short-messages', () => {
  it('is valid eval JSONL: unique ids, benign, CC0, one to six words (twelve characters in CJK)', () => {
    expect(rows.length).toBe(392);
    expectCc0Rows(rows);
    for (const row of rows) {
      const short = ['zh', 'ja'].includes(row.lang) ? [...row.text].length <= 12 : row.text.trim().split(/\s+/u).length <= 6;
      expect(short, row.text).toBe(true);
    }
  });

  // What the models learnt from must not be what measures them.
  it('repeats no training row of datasets/everyday-train, exactly or nearly', () => {
    expect(nearDuplicateTexts(rows, readDatasetRows('datasets/everyday-train/benign.jsonl'))).toEqual([]);
  });
});
