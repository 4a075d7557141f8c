import { describe, expect, it } from 'vitest';
import { isCacheableVerdict } from '../../../lib/cache/cacheable-verdict.ts';
import type { DetectorOutcome } from '../../../lib/core/outcome.ts';
import type { Verdict } from '../../../lib/core/verdict.ts';

const verdictWith = (outcomes: DetectorOutcome[]): Verdict => ({
  action: 'allow',
  direction: 'inbound',
  profileId: 'standard',
  risk: { overall: 0, byCategory: {} },
  reasons: [],
  findings: [],
  outcomes,
  redactions: [],
  policyVersion: 'standard@2',
  latencyMs: { normalize: 0, gate: 0, route: 0, detectors: 0, session: 0, decide: 0, total: 0 },
  fromCache: false,
});
const base = { detectorId: 'd', version: '1', shadow: false };

describe('isCacheableVerdict', () => {
  it('keeps verdicts whose detectors all ran or were skipped for reasons of the text itself', () => {
    expect(
      isCacheableVerdict(
        verdictWith([
          { ...base, status: 'ok', findings: [], durationMs: 1 },
          { ...base, status: 'skipped', reason: 'direction' },
          { ...base, status: 'skipped', reason: 'router' },
          { ...base, status: 'skipped', reason: 'size' },
          { ...base, status: 'skipped', reason: 'disabled' },
          { ...base, status: 'skipped', reason: 'detector:no-conversation' },
        ]),
      ),
    ).toBe(true);
  });

  it('refuses verdicts made while something could not check', () => {
    for (const outcome of [
      { ...base, status: 'failed', code: 'timeout', durationMs: 250 },
      { ...base, status: 'failed', code: 'model-unavailable', durationMs: 0 },
      { ...base, status: 'failed', code: 'threw', durationMs: 1 },
      { ...base, status: 'skipped', reason: 'budget' },
      { ...base, status: 'skipped', reason: 'circuit-open' },
      { ...base, status: 'skipped', reason: 'detector:aborted' },
    ] as DetectorOutcome[]) {
      expect(isCacheableVerdict(verdictWith([{ ...base, status: 'ok', findings: [], durationMs: 1 }, outcome]))).toBe(false);
    }
  });
});
