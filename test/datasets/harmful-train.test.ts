import { describe, expect, it } from 'vitest';
import { harmCodes } from '../../lib/training/model-specs.ts';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows, readDevRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/harmful-train/harmful.jsonl');

describe('datasets/harmful-train', () => {
  it('is valid training JSONL: unique ids, harmful requests, CC0, many languages', () => {
    expect(rows.length).toBe(1_369);
    expectCc0Rows(rows, { label: 'attack', families: ['harmful'] });
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(15);
  });

  it('names exactly one hazard per row through the map content-safety trains with, all of S1–S13', () => {
    for (const row of rows) expect([...harmCodes(row.category)], row.id).toHaveLength(1);
    expect(new Set(rows.flatMap((row) => [...harmCodes(row.category)])).size).toBe(13);
  });

  // The dev data's harmful rows (BeaverTails, MultiJail: never trained on) and Rampart's evaluation
  // sets measure what training on this set buys; a repeated row would measure recall instead.
  it('repeats no row of the dev data or of the evaluation sets, exactly or nearly', () => {
    const others = [
      ...readDevRows('inbound'),
      ...readDevRows('outbound'),
      ...readDatasetRows('datasets/everyday/benign.jsonl'),
      ...readDatasetRows('datasets/short-messages/benign.jsonl'),
      ...readDatasetRows('datasets/kids/harmful.jsonl'),
      ...readDatasetRows('datasets/kids/benign.jsonl'),
      ...readDatasetRows('datasets/kids/distress.jsonl'),
    ];
    expect(nearDuplicateTexts(rows, others)).toEqual([]);
  }, 120_000);
});
