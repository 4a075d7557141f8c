import { describe, expect, it } from 'vitest';
import { baselineRegressions, type Baseline } from '../../../lib/eval/baseline.ts';

const baseline: Baseline = {
  tolerance: { attackPoints: 1, benignPoints: 0.5, rows: 0 },
  files: {
    'inbound.jsonl': {
      jailbreak: { label: 'attack', n: 100, flagged: 90 },
      benign: { label: 'benign', n: 1000, flagged: 10 },
    },
  },
};

describe('baselineRegressions', () => {
  it('passes changes within tolerance and improvements', () => {
    expect(
      baselineRegressions(baseline, {
        'inbound.jsonl': { jailbreak: { label: 'attack', n: 100, flagged: 89 }, benign: { label: 'benign', n: 1000, flagged: 14 } },
      }),
    ).toEqual([]);
  });

  it('flags a detection drop and a false-positive rise beyond tolerance', () => {
    const changes = baselineRegressions(baseline, {
      'inbound.jsonl': { jailbreak: { label: 'attack', n: 100, flagged: 85 }, benign: { label: 'benign', n: 1000, flagged: 20 } },
    });
    expect(changes.map((change) => change.family)).toEqual(['jailbreak', 'benign']);
    expect(changes[0]).toMatchObject({ baselineRate: 90, currentRate: 85 });
  });

  it('allows a few rows of change in a small family (the row floor)', () => {
    const small: Baseline = { tolerance: { attackPoints: 1, benignPoints: 0.3, rows: 3 }, files: { f: { indirect: { label: 'attack', n: 12, flagged: 12 } } } };
    expect(baselineRegressions(small, { f: { indirect: { label: 'attack', n: 12, flagged: 10 } } })).toEqual([]);
    expect(baselineRegressions(small, { f: { indirect: { label: 'attack', n: 12, flagged: 8 } } })).toHaveLength(1);
  });

  it('treats a missing family or file as a regression', () => {
    expect(baselineRegressions(baseline, {})).toHaveLength(2);
  });
});
