import { describe, expect, it } from 'vitest';
import { Adam, DEFAULT_ADAM } from '../../../lib/training/adam.ts';

describe('Adam', () => {
  it('minimises a quadratic', () => {
    const x = Float32Array.of(5, -3);
    const adam = new Adam(x, { ...DEFAULT_ADAM, learningRate: 0.1 });
    for (let step = 0; step < 500; step++) {
      adam.tick();
      adam.update(0, Float64Array.of(2 * x[0]!, 2 * x[1]!));
    }
    expect(Math.abs(x[0]!)).toBeLessThan(0.05);
    expect(Math.abs(x[1]!)).toBeLessThan(0.05);
  });

  it('only moves the rows it is given (lazy sparse updates)', () => {
    const x = Float32Array.of(1, 1, 1, 1);
    const adam = new Adam(x, DEFAULT_ADAM);
    adam.tick();
    adam.update(2, Float64Array.of(1, 1));
    expect(Array.from(x.slice(0, 2))).toEqual([1, 1]);
    expect(x[2]!).toBeLessThan(1);
  });
});
