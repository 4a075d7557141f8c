import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../../lib/core/circuit-breaker.ts';

const settings = { failureThreshold: 2, baseBackoffMs: 100, maxBackoffMs: 300 };

describe('CircuitBreakers', () => {
  it('opens after the threshold, doubles the back-off on failed trials up to the maximum', () => {
    let now = 0;
    const breakers = new CircuitBreakers(() => now);
    breakers.recordFailure('d', settings);
    expect(breakers.allow('d', settings)).toBe(true);
    breakers.recordFailure('d', settings);
    expect(breakers.isOpen('d', settings)).toBe(true);
    expect(breakers.allow('d', settings)).toBe(false);

    const backoffs: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      let waited = 0;
      while (!breakers.allow('d', settings)) {
        now += 10;
        waited += 10;
      }
      backoffs.push(waited);
      expect(breakers.allow('d', settings)).toBe(false); // only one half-open trial at a time
      breakers.recordFailure('d', settings);
    }
    expect(backoffs).toEqual([100, 200, 300, 300]);
  });

  it('closes on success and keeps detectors independent', () => {
    const breakers = new CircuitBreakers(() => 0);
    breakers.recordFailure('a', settings);
    breakers.recordFailure('a', settings);
    expect(breakers.allow('b', settings)).toBe(true);
    breakers.recordSuccess('a');
    expect(breakers.allow('a', settings)).toBe(true);
    expect(breakers.isOpen('a', settings)).toBe(false);
  });
});
