import { describe, expect, it } from 'vitest';
import { HALLUCINATION_PRIOR, posteriorScore, RULE_EVIDENCE, ruleScore, severityOf } from '../../../lib/packages/package-scores.ts';

describe('package rule scores', () => {
  it('are Bayes posteriors: evidence that never fires on real names approaches 1, uninformative evidence stays at the prior', () => {
    expect(posteriorScore({ hallucinated: { hits: 1_000, of: 1_000 }, real: { hits: 0, of: 100_000 } })).toBeGreaterThan(0.99);
    expect(posteriorScore({ hallucinated: { hits: 50, of: 100 }, real: { hits: 50, of: 100 } })).toBeCloseTo(HALLUCINATION_PRIOR, 3);
    expect(posteriorScore({ hallucinated: { hits: 0, of: 100 }, real: { hits: 100, of: 100 } })).toBeLessThan(0.01);
  });

  it('make a name missing from the complete npm list a high finding, and a name missing from the PyPI top list a low one', () => {
    expect(severityOf(ruleScore('npm-not-found'))).toBe('high');
    expect(severityOf(ruleScore('pypi-typosquat'))).toBe('high');
    expect(severityOf(ruleScore('pypi-unverified'))).toBe('low');
    expect(severityOf(ruleScore('pypi-combosquat'))).toBe('low');
    expect(severityOf(ruleScore('go-path-implausible'))).toBe('low');
    // An unverified PyPI name must not warn even in the strict profile (warn ≥ 0.4).
    expect(ruleScore('pypi-unverified')).toBeLessThan(0.4);
  });

  it('have consistent evidence counts', () => {
    for (const evidence of Object.values(RULE_EVIDENCE)) {
      expect(evidence.hallucinated.hits).toBeLessThanOrEqual(evidence.hallucinated.of);
      expect(evidence.real.hits).toBeLessThanOrEqual(evidence.real.of);
    }
  });

  it('map scores to severities at 0.5 and 0.85', () => {
    expect([0.2, 0.5, 0.84, 0.85, 1].map(severityOf)).toEqual(['low', 'medium', 'medium', 'high', 'high']);
  });
});
