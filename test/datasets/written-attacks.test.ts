import { describe, expect, it } from 'vitest';
import { expectCc0Rows, nearDuplicateTexts, readDatasetRows, readDevRows } from '../support/dataset-rows.ts';

const rows = readDatasetRows('datasets/written-attacks/prompts.jsonl');
const attacks = rows.filter((row) => row.label === 'attack');
const benign = rows.filter((row) => row.label === 'benign');

describe('datasets/written-attacks', () => {
  it('is valid JSONL: unique ids, injections and jailbreaks beside prompts that only look like them, CC0, many languages', () => {
    expect(attacks.length + benign.length).toBe(rows.length);
    expectCc0Rows(attacks, { label: 'attack', families: ['injection', 'injection_indirect', 'jailbreak'] });
    expectCc0Rows(benign, { families: ['benign_hard'] });
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.lang)).size).toBeGreaterThanOrEqual(15);
  });

  // It measures how the models read attack styles they never saw; a row repeating one they trained
  // on (or one of the other evaluation sets) would measure recall instead.
  it('repeats no row of the dev data or of the evaluation sets, exactly or nearly', () => {
    const others = [
      ...readDevRows('inbound'),
      ...readDevRows('tool'),
      ...readDatasetRows('datasets/everyday/benign.jsonl'),
      ...readDatasetRows('datasets/short-messages/benign.jsonl'),
    ];
    expect(nearDuplicateTexts(rows, others)).toEqual([]);
  }, 120_000);
});
