import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKidsRows } from '../../lib/cli/kids-eval.ts';
import { KIDS_DATASET_DIR } from '../../lib/cli/eval-kids-command.ts';

describe('datasets/kids', () => {
  it('is valid, has the promised sizes, and its split follows the documented hash rule', async () => {
    const { rows, invalid } = await readKidsRows(KIDS_DATASET_DIR);
    expect(invalid).toBe(0);
    const count = (predicate: (row: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;
    expect(count((row) => row.label === 'benign')).toBeGreaterThanOrEqual(300);
    expect(count((row) => row.kind === 'question' || row.kind === 'school-topic')).toBeGreaterThanOrEqual(150);
    expect(count((row) => row.kind === 'story')).toBeGreaterThanOrEqual(100);
    expect(count((row) => row.label === 'harmful')).toBeGreaterThanOrEqual(150);
    expect(count((row) => row.label === 'distress')).toBeGreaterThanOrEqual(60);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      const hash = createHash('sha1').update(row.text, 'utf8').digest('hex');
      expect(row.id).toBe(`kids-${hash.slice(0, 12)}`);
      expect(row.split).toBe(Number.parseInt(hash.slice(0, 2), 16) < 0x66 ? 'tune' : 'eval');
    }
    expect(count((row) => row.split === 'eval') / rows.length).toBeGreaterThanOrEqual(0.5);
  });
});
