import { describe, expect, it } from 'vitest';
import { extendRun, MAX_RUN_CODE_POINTS, type HiddenRun } from '../../../lib/normalize/hidden-run.ts';

describe('extendRun', () => {
  it('extends a run when the next code point is adjacent, starts a new one otherwise', () => {
    const runs: HiddenRun[] = [];
    extendRun(runs, 0xe0041, 0, 2);
    extendRun(runs, 0xe0042, 2, 4);
    extendRun(runs, 0xe0043, 6, 8);
    expect(runs).toEqual([
      { start: 0, end: 4, codePoints: [0xe0041, 0xe0042], offsets: [0, 2] },
      { start: 6, end: 8, codePoints: [0xe0043], offsets: [6] },
    ]);
  });

  it('caps a run and starts another', () => {
    const runs: HiddenRun[] = [];
    for (let k = 0; k <= MAX_RUN_CODE_POINTS; k += 1) extendRun(runs, 0xfe00, k, k + 1);
    expect(runs).toHaveLength(2);
  });
});
