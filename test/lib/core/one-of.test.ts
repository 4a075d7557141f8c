import { describe, expect, it } from 'vitest';
import { oneOf } from '../../../lib/core/one-of.ts';

describe('oneOf', () => {
  const isColour = oneOf(['red', 'green'] as const);

  it('accepts exactly the listed strings', () => {
    expect(isColour('red')).toBe(true);
    expect(isColour('green')).toBe(true);
    expect(isColour('blue')).toBe(false);
    expect(isColour('Red')).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 1, ['red'], { red: true }]) expect(isColour(value)).toBe(false);
  });
});
