import { describe, expect, it } from 'vitest';
import { monotonicClock } from '../../../lib/core/clock.ts';

describe('monotonicClock', () => {
  it('never goes backwards', () => {
    let previous = monotonicClock();
    for (let i = 0; i < 1_000; i += 1) {
      const now = monotonicClock();
      expect(now).toBeGreaterThanOrEqual(previous);
      previous = now;
    }
  });
});
