import { describe, expect, it } from 'vitest';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows, readDevRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/code-replies-train/benign.jsonl');
const CATEGORIES = ['sql', 'html', 'css', 'javascript', 'python', 'other-code', 'short-answer'];

describe('datasets/code-replies-train', () => {
  it('is valid training JSONL: unique ids, benign, CC0, every category', () => {
    expect(rows.length).toBe(849);
    expectCc0Rows(rows);
    expect(new Set(rows.map((row) => row.category))).toEqual(new Set(CATEGORIES));
  });

  // The dev data's benign code answers measure what training on this set buys (they are
  // non-commercial, never trained on); a repeated row would measure recall instead.
  it('repeats no row of the dev data or of the evaluation sets, exactly or nearly', () => {
    const others = [
      ...readDevRows('outbound'),
      ...readDevRows('tool'),
      ...readDevRows('inbound'),
      ...readDatasetRows('datasets/everyday-replies/outbound.jsonl'),
    ];
    expect(nearDuplicateTexts(rows, others)).toEqual([]);
  }, 120_000);
});
