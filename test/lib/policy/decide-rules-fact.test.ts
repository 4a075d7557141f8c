import { describe, expect, it } from 'vitest';
import type { RecordedFinding } from '../../../lib/core/finding.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { decide } from '../../../lib/policy/decide.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';

const finding = (ruleId: string, score: number): RecordedFinding => ({
  detectorId: ruleId.split('/')[0]!,
  ruleId,
  category: 'content-safety',
  severity: 'high',
  score,
  spans: [{ start: 0, end: 4 }],
});
const context = { site: 'x', direction: 'inbound' as const, profile: 'kids', tier: 'standard', chars: 4 };

describe('the `rules` condition fact', () => {
  const policy = compilePolicy(PROFILES.kids!);
  if (!policy.ok) throw new Error(policy.error);

  it('lets a zero-score signal of another detector change the action of a category', () => {
    const model = finding('content-safety/S1', 0.95);
    expect(decide('text', [model], [], policy.value, context).action).toBe('block');
    const framed = decide('text', [model, finding('kids-context/framing-fiction', 0)], [], policy.value, context);
    expect(framed.action).toBe('allow');
  });

  it('keeps the everyday framing below 0.9 only', () => {
    const everyday = finding('kids-context/framing-everyday', 0);
    expect(decide('text', [finding('content-safety/S7', 0.8), everyday], [], policy.value, context).action).toBe('allow');
    expect(decide('text', [finding('content-safety/S7', 0.95), everyday], [], policy.value, context).action).toBe('block');
  });
});
