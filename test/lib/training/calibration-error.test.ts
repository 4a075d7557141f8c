import { describe, expect, it } from 'vitest';
import { expectedCalibrationError } from '../../../lib/training/calibration-error.ts';

describe('expectedCalibrationError', () => {
  it('is 0 when predicted probabilities match observed frequencies', () => {
    const probabilities = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
    const labels = [1, 0, 0, 0, 1, 1, 1, 0];
    expect(expectedCalibrationError(probabilities, labels)).toBeCloseTo(0, 10);
  });

  it('is large for confident wrong predictions', () => {
    expect(expectedCalibrationError([0.99, 0.99, 0.01, 0.01], [0, 0, 1, 1])).toBeGreaterThan(0.9);
  });

  it('is 0 for no predictions', () => {
    expect(expectedCalibrationError([], [])).toBe(0);
  });
});
