import { describe, expect, it } from 'vitest';
import { actionRank, isAction } from '../../../lib/core/action.ts';
import { isCategory, type Category } from '../../../lib/core/category.ts';
import { compilePolicy } from '../../../lib/policy/compiled-policy.ts';
import { DEFAULT_PROFILE_ID, PROFILE_IDS, PROFILES } from '../../../lib/policy/profiles.ts';

describe('built-in profiles', () => {
  it('are the four the design names, each compiling', () => {
    expect(PROFILE_IDS.sort()).toEqual(['enterprise', 'kids', 'standard', 'strict']);
    expect(PROFILE_IDS).toContain(DEFAULT_PROFILE_ID);
    for (const id of PROFILE_IDS) {
      const profile = PROFILES[id]!;
      expect(profile.id).toBe(id);
      expect(compilePolicy(profile).ok).toBe(true);
    }
  });

  it('have well-formed thresholds, strictest first, within 0..1', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const [category, thresholds] of Object.entries(profile.categories)) {
        expect(isCategory(category)).toBe(true);
        thresholds!.forEach((threshold, i) => {
          expect(isAction(threshold.action)).toBe(true);
          expect(threshold.minRisk).toBeGreaterThan(0);
          expect(threshold.minRisk).toBeLessThanOrEqual(1);
          const next = thresholds![i + 1];
          if (next) {
            expect(threshold.minRisk).toBeGreaterThan(next.minRisk);
            expect(actionRank(threshold.action)).toBeGreaterThan(actionRank(next.action));
          }
        });
      }
    }
  });

  it('never make strict, kids or enterprise more lenient than standard', () => {
    const firstAct = (thresholds: { minRisk: number }[] | undefined) => Math.min(...(thresholds ?? [{ minRisk: 1 }]).map((t) => t.minRisk));
    for (const id of ['strict', 'kids', 'enterprise']) {
      for (const [category, thresholds] of Object.entries(PROFILES.standard!.categories)) {
        const stricter = PROFILES[id]!.categories[category as Category];
        expect(firstAct(stricter), `${id}/${category}`).toBeLessThanOrEqual(firstAct(thresholds));
      }
      expect(PROFILES[id]!.onDetectorFailure).toBe('fail-closed');
    }
  });

  it('reject a profile with a broken condition when compiled', () => {
    const broken = { ...PROFILES.standard!, conditions: [{ id: 'bad', when: 'site ==', category: '*' as const, action: 'block' as const }] };
    const result = compilePolicy(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('policy condition "bad"');
  });
});

describe('standard profile on replies', () => {
  const findingAt = (score: number) => [{ ruleId: 'prompt-attack/persona-dual-response', category: 'prompt-attack' as const, severity: 'high' as const, score, spans: [], detectorId: 'prompt-attack' }];
  const context = (direction: 'inbound' | 'outbound') => ({ site: 'x', direction, profile: 'standard', tier: 'standard', chars: 10 });

  it('lets prompt-attack risk below 0.7 pass on replies only, and stricter profiles keep acting', async () => {
    const { decide } = await import('../../../lib/policy/decide.ts');
    const standard = compilePolicy(PROFILES.standard!);
    const strict = compilePolicy(PROFILES.strict!);
    if (!standard.ok || !strict.ok) throw new Error('profiles compile');
    expect(decide('text', findingAt(0.6), [], standard.value, context('outbound')).action).toBe('allow');
    expect(decide('text', findingAt(0.6), [], standard.value, context('inbound')).action).toBe('warn');
    expect(decide('text', findingAt(0.75), [], standard.value, context('outbound')).action).toBe('warn');
    expect(decide('text', findingAt(0.6), [], strict.value, context('outbound')).action).not.toBe('allow');
  });
});
