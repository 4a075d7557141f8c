import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTexts, samplePool, syntheticPool } from '../../../lib/cli/bench-texts.ts';

describe('bench texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-texts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds distinct texts of exactly the asked size, padding a short pool', () => {
    const texts = buildTexts(['alpha beta', 'gamma', 'delta epsilon zeta'], 1000, 3);
    expect(texts.map((text) => text.length)).toEqual([1000, 1000, 1000]);
    expect(new Set(texts).size).toBe(3);
    expect(buildTexts(syntheticPool('outbound'), 100, 4).every((text) => text.length === 100)).toBe(true);
  });

  it('does not end a text with half a surrogate pair', () => {
    const [text] = buildTexts(['ab😀cd'], 3, 1);
    expect(text).toBe('ab ');
  });

  it('samples a file deterministically and skips bad rows', async () => {
    const path = join(dir, 'inbound.jsonl');
    const rows = Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: `row ${i}`, label: 'benign', family: 'benign' }));
    writeFileSync(path, [...rows, '{bad'].join('\n'));
    const first = await samplePool(path, 10, 7);
    expect(first).toHaveLength(10);
    expect(await samplePool(path, 10, 7)).toEqual(first);
    expect(await samplePool(path, 100)).toHaveLength(50);
    expect(await samplePool(join(dir, 'missing.jsonl'))).toBeUndefined();
  });

});
