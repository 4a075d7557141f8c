import { describe, expect, it, vi } from 'vitest';
import { blockView, warnView } from '../../../lib/content/panel-view.ts';
import { explainReply } from '../../../lib/content/send-plan.ts';
import { reply } from '../../support/verdict-fixtures.ts';

/** Kids mode's distress path in the verdict panel's data (lib/kids/help-resources.ts). */
describe('panel views with help resources', () => {
  const distress = [{ category: 'content-safety' as const, action: 'block' as const, risk: 0.9, ruleIds: ['kids-context/distress-self-harm'] }];

  it('carry the helplines for a distress verdict under the kids profile', () => {
    const value = reply('block', { profileId: 'kids', reasons: distress });
    if (!value.ok) throw new Error();
    const explanation = explainReply(value.value);
    expect(explanation.help?.title).toBe('You are not alone');
    expect(blockView(explanation, vi.fn()).help).toBe(explanation.help);
    expect(warnView(explanation, vi.fn(), vi.fn()).help).toBe(explanation.help);
  });

  it('carry none otherwise (another profile, or no distress finding)', () => {
    for (const value of [reply('block', { profileId: 'standard', reasons: distress }), reply('block', { profileId: 'kids' })]) {
      if (!value.ok) throw new Error();
      const explanation = explainReply(value.value);
      expect(explanation).not.toHaveProperty('help');
      expect(blockView(explanation, vi.fn())).not.toHaveProperty('help');
    }
  });
});
