import { describe, expect, it } from 'vitest';
import { VersionComparison } from '../../../lib/cli/version-compare.ts';

describe('VersionComparison', () => {
  it('counts per-family changes and lists regressions by row id', () => {
    const comparison = new VersionComparison('prompt-attack@2');
    comparison.add({ id: 'a1', text: 'x', label: 'attack', family: 'jailbreak' }, true, false);
    comparison.add({ id: 'a2', text: 'x', label: 'attack', family: 'jailbreak' }, false, true);
    comparison.add({ id: 'a3', text: 'x', label: 'attack', family: 'jailbreak' }, true, true);
    comparison.add({ id: 'b1', text: 'x', label: 'benign', family: 'benign' }, false, true);
    comparison.add({ id: 'b2', text: 'x', label: 'benign', family: 'benign' }, true, false);
    const summary = comparison.summary();
    expect(summary.byFamily['jailbreak/attack']).toEqual({ n: 3, flaggedActive: 2, flaggedCandidate: 2, label: 'attack', delta: 0 });
    expect(summary.missedAttacks).toEqual({ n: 1, ids: ['a1'] });
    expect(summary.newFalsePositives).toEqual({ n: 1, ids: ['b1'] });
    expect(summary.improvements).toEqual({ caughtAttacks: 1, clearedBenign: 1 });
    expect(JSON.stringify(summary)).not.toContain('"text"');
  });

  it('caps the listed ids but keeps exact counts', () => {
    const comparison = new VersionComparison('m@2');
    for (let i = 0; i < 80; i++) comparison.add({ id: `a${i}`, text: 'x', label: 'attack', family: 'f' }, true, false);
    expect(comparison.summary().missedAttacks.n).toBe(80);
    expect(comparison.summary().missedAttacks.ids).toHaveLength(50);
  });
});
