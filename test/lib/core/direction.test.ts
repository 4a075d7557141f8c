import { describe, expect, it } from 'vitest';
import { DIRECTIONS, isDirection } from '../../../lib/core/direction.ts';

describe('direction', () => {
  it('is inbound or outbound, nothing else', () => {
    expect(DIRECTIONS.every(isDirection)).toBe(true);
    expect(isDirection('both')).toBe(false);
    expect(isDirection(undefined)).toBe(false);
  });
});
