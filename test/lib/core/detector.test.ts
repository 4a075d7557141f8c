import { describe, expect, it } from 'vitest';
import { findings } from '../../../lib/core/detector.ts';

describe('findings()', () => {
  it('wraps a list as an ok report', () => {
    expect(findings([])).toEqual({ status: 'ok', findings: [] });
  });
});
