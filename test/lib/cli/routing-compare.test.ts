import { describe, expect, it } from 'vitest';
import type { DetectorOutcome } from '../../../lib/core/outcome.ts';
import { RoutingComparison } from '../../../lib/cli/routing-compare.ts';

const ran = (detectorId: string, durationMs: number): DetectorOutcome => ({ detectorId, version: '1', shadow: false, status: 'ok', findings: [], durationMs });
const failed = (detectorId: string, durationMs: number): DetectorOutcome => ({ detectorId, version: '1', shadow: false, status: 'failed', code: 'timeout', durationMs });
const skipped = (detectorId: string, reason: 'router' | 'budget'): DetectorOutcome => ({ detectorId, version: '1', shadow: false, status: 'skipped', reason });

describe('RoutingComparison', () => {
  it('counts detector runs and milliseconds saved, differing verdicts and misses', () => {
    const comparison = new RoutingComparison();
    // Routing skipped the model and nothing changed.
    comparison.add(
      { label: 'benign', family: 'benign' },
      { action: 'allow', outcomes: [ran('size', 0.25), skipped('model', 'router')] },
      { action: 'allow', outcomes: [ran('size', 0.25), ran('model', 4)] },
      { withRouting: 1, withoutRouting: 5 },
    );
    // Routing skipped the model and missed an attack.
    comparison.add(
      { label: 'attack', family: 'jailbreak' },
      { action: 'allow', outcomes: [ran('size', 0.5), skipped('model', 'budget')] },
      { action: 'block', outcomes: [ran('size', 0.5), ran('model', 6)] },
      { withRouting: 2, withoutRouting: 7 },
    );
    // Both ran everything; a different (stricter) action with routing.
    comparison.add(
      { label: 'benign', family: 'benign_hard' },
      { action: 'block', outcomes: [ran('size', 0.5), failed('model', 2)] },
      { action: 'warn', outcomes: [ran('size', 0.5), ran('model', 2)] },
      { withRouting: 3, withoutRouting: 3 },
    );
    // Flagged only with routing.
    comparison.add(
      { label: 'attack', family: 'jailbreak' },
      { action: 'warn', outcomes: [ran('size', 0.5)] },
      { action: 'allow', outcomes: [ran('size', 0.5)] },
      { withRouting: 4, withoutRouting: 4 },
    );
    expect(comparison.summary()).toEqual({
      rows: 4,
      detectorRuns: { withRouting: 5, withoutRouting: 7, saved: 2 },
      detectorMs: { withRouting: 3.75, withoutRouting: 13.75, saved: 10 },
      skippedWithRouting: { budget: 1, router: 1 },
      verdictsDiffer: 3,
      misses: { n: 1, attack: 1, benign: 0, byFamily: { jailbreak: 1 } },
      onlyWithRouting: { n: 1, attack: 1, benign: 0 },
      latencyMs: {
        withRouting: { p50: 2, p95: 4, p99: 4, max: 4 },
        withoutRouting: { p50: 4, p95: 7, p99: 7, max: 7 },
      },
    });
  });
});
