import { describe, expect, it } from 'vitest';
import { labelStep, niceMax, showsLabel, stackedColumns, stackedRows, ticks } from '../../../lib/options/chart-geometry.ts';

describe('axis', () => {
  it('rounds the maximum up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.5, 1, 3, 7, 11, 20, 21, 480, 501].map(niceMax)).toEqual([1, 1, 1, 5, 10, 20, 20, 50, 500, 1000]);
  });

  it('places whole-number ticks from zero to the top', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(1)).toEqual([0, 1]);
  });

  it('thins day labels so at most about ten are printed', () => {
    expect([7, 30, 90].map((n) => labelStep(n))).toEqual([1, 3, 9]);
    const shown = Array.from({ length: 30 }, (_, i) => i).filter((i) => showsLabel(i, 30, 4));
    expect(shown).toEqual([0, 4, 8, 12, 16, 20, 24, 29]);
  });
});

describe('stacked bars', () => {
  const plot = { left: 10, top: 0, width: 100, height: 50 };

  it('stacks columns bottom-up in series order, scaled to the top value, and leaves zero segments out', () => {
    const bars = stackedColumns([{ warn: 2, block: 3 }, { warn: 0, block: 0 }], ['warn', 'block'], plot, 10, 0);
    expect(bars[0]!.total).toBe(5);
    expect(bars[0]!.segments).toEqual([
      { key: 'warn', value: 2, rect: { x: 10, y: 40, width: 50, height: 10 } },
      { key: 'block', value: 3, rect: { x: 10, y: 25, width: 50, height: 15 } },
    ]);
    expect(bars[1]!.segments).toEqual([]);
    expect(bars[1]!.slot).toEqual({ x: 60, y: 0, width: 50, height: 50 });
  });

  it('lays rows left to right', () => {
    const [bar] = stackedRows([{ warn: 1, block: 4 }], ['warn', 'block'], plot, 5, 0);
    expect(bar!.segments.map((s) => [s.rect.x, s.rect.width])).toEqual([
      [10, 20],
      [30, 80],
    ]);
  });

  it('never produces NaN for empty input or a zero top', () => {
    expect(stackedColumns([], ['warn'], plot, 0)).toEqual([]);
    const [bar] = stackedColumns([{ warn: 0 }], ['warn'], plot, 0);
    expect(Number.isNaN(bar!.slot.width)).toBe(false);
  });
});
