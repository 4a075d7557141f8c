import { describe, expect, it } from 'vitest';
import { isDistressRuleId } from '../../../lib/kids/distress-rule-id.ts';

describe('distress rule ids', () => {
  it('are the kids-context detector’s distress rules and nothing else', () => {
    expect(isDistressRuleId('kids-context/distress')).toBe(true);
    expect(isDistressRuleId('kids-context/distress-self-harm')).toBe(true);
    expect(isDistressRuleId('kids-context/distress/grooming')).toBe(true);
    expect(isDistressRuleId('kids-context/harmful-intent')).toBe(false);
    expect(isDistressRuleId('kids-context/distressing-story')).toBe(false);
    expect(isDistressRuleId('content-safety/self-harm')).toBe(false);
  });
});
