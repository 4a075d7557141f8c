import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/detectors/index.ts';

const root = new URL('../../../', import.meta.url);

describe('detector registry', () => {
  const ids = DETECTORS.map((d) => d.meta.id);

  it('is sorted by id with no duplicates', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s has its own file, test file and doc page', (id) => {
    expect(existsSync(new URL(`lib/detectors/${id}.ts`, root))).toBe(true);
    expect(existsSync(new URL(`test/lib/detectors/${id}.test.ts`, root))).toBe(true);
    expect(existsSync(new URL(`lib/detectors/${id}.md`, root))).toBe(true);
  });
});
