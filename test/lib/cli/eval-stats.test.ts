import { describe, expect, it } from 'vitest';
import { EvalStats } from '../../../lib/cli/eval-stats.ts';

describe('EvalStats', () => {
  it('counts rows, flags and rates per label and family', () => {
    const stats = new EvalStats();
    stats.add({ label: 'attack', family: 'jailbreak' }, true, 1);
    stats.add({ label: 'attack', family: 'jailbreak' }, true, 2);
    stats.add({ label: 'attack', family: 'jailbreak' }, false, 3);
    stats.add({ label: 'attack', family: 'injection' }, false, 4);
    stats.add({ label: 'benign', family: 'benign' }, true, 5);
    stats.add({ label: 'benign', family: 'benign' }, false, 6);
    stats.add({ label: 'benign', family: 'benign' }, false, 7);
    stats.add({ label: 'benign', family: 'benign' }, false, 8);

    const summary = stats.summary();
    expect(summary.rows).toBe(8);
    expect(summary.attack).toEqual({ n: 4, flagged: 2, rate: 0.5 });
    expect(summary.benign).toEqual({ n: 4, flagged: 1, rate: 0.25 });
    expect(summary.byFamily).toEqual({
      benign: { label: 'benign', n: 4, flagged: 1, rate: 0.25 },
      injection: { label: 'attack', n: 1, flagged: 0, rate: 0 },
      jailbreak: { label: 'attack', n: 3, flagged: 2, rate: 2 / 3 },
    });
    expect(Object.keys(summary.byFamily)).toEqual(['benign', 'injection', 'jailbreak']);
    expect(summary.latencyMs).toEqual({ p50: 4, p95: 8, p99: 8, max: 8 });
    expect(summary.errors).toEqual({ n: 0, byReason: {}, examples: [] });
    expect(summary).not.toHaveProperty('byLang');
    expect(summary).not.toHaveProperty('byTechnique');
  });

  it('splits a family that holds both labels into family/label', () => {
    const stats = new EvalStats();
    stats.add({ label: 'attack', family: 'mixed' }, true, 1);
    stats.add({ label: 'benign', family: 'mixed' }, true, 1);
    stats.add({ label: 'benign', family: 'mixed' }, false, 1);
    expect(stats.summary().byFamily).toEqual({
      'mixed/attack': { label: 'attack', n: 1, flagged: 1, rate: 1 },
      'mixed/benign': { label: 'benign', n: 2, flagged: 1, rate: 0.5 },
    });
  });

  it('reports byLang and byTechnique only when rows carry them, with (none) for the rest', () => {
    const stats = new EvalStats();
    stats.add({ label: 'attack', family: 'f', lang: 'en', technique: 'roleplay' }, true, 1);
    stats.add({ label: 'benign', family: 'g', lang: 'en' }, false, 1);
    stats.add({ label: 'benign', family: 'g' }, true, 1);
    const summary = stats.summary();
    expect(summary.byLang).toEqual({
      '(none)': { attack: { n: 0, flagged: 0, rate: null }, benign: { n: 1, flagged: 1, rate: 1 } },
      en: { attack: { n: 1, flagged: 1, rate: 1 }, benign: { n: 1, flagged: 0, rate: 0 } },
    });
    expect(summary.byTechnique).toEqual({
      '(none)': { attack: { n: 0, flagged: 0, rate: null }, benign: { n: 2, flagged: 1, rate: 0.5 } },
      roleplay: { attack: { n: 1, flagged: 1, rate: 1 }, benign: { n: 0, flagged: 0, rate: null } },
    });
  });

  it('counts errors by reason with their places, capping the examples', () => {
    const stats = new EvalStats();
    for (let line = 1; line <= 25; line += 1) stats.addError(line % 2 ? 'invalid-json' : 'missing-label', { file: 'a.jsonl', line });
    const { errors, rows, attack } = stats.summary();
    expect(rows).toBe(0);
    expect(attack).toEqual({ n: 0, flagged: 0, rate: null });
    expect(errors.n).toBe(25);
    expect(errors.byReason).toEqual({ 'invalid-json': 13, 'missing-label': 12 });
    expect(errors.examples).toHaveLength(20);
    expect(errors.examples[0]).toEqual({ file: 'a.jsonl', line: 1, reason: 'invalid-json' });
  });

  it('has null latency percentiles with no rows', () => {
    expect(new EvalStats().summary().latencyMs).toEqual({ p50: null, p95: null, p99: null, max: null });
  });
});
