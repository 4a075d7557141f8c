import { describe, expect, it } from 'vitest';
import { actionRank } from '../../../lib/core/action.ts';
import { CATEGORIES } from '../../../lib/core/category.ts';
import { kidsProfile } from '../../../lib/kids/age-bands.ts';
import { thresholdAction } from '../../../lib/policy/decide.ts';
import { PROFILES } from '../../../lib/policy/profiles.ts';
import { AGE_BANDS } from '../../../lib/settings/user-settings.ts';

// AGE_BANDS lists the youngest first.
const RISKS = Array.from({ length: 101 }, (_, i) => i / 100);

describe('kidsProfile', () => {
  it('is the kids profile for every band, each with its own description and version', () => {
    const profiles = AGE_BANDS.map(kidsProfile);
    for (const profile of profiles) {
      expect(profile.id).toBe('kids');
      expect(profile.onDetectorFailure).toBe('fail-closed');
    }
    expect(new Set(profiles.map((profile) => profile.description)).size).toBe(AGE_BANDS.length);
    expect(new Set(profiles.map((profile) => profile.version)).size).toBe(AGE_BANDS.length);
    expect(profiles.map((profile) => profile.version)).not.toContain(PROFILES.kids!.version);
  });

  it('gives 9-12 the kids profile thresholds', () => {
    expect(kidsProfile('9-12').categories).toEqual(PROFILES.kids!.categories);
  });

  it('returns one object per band (the compiled policy is reused)', () => {
    expect(kidsProfile('under-9')).toBe(kidsProfile('under-9'));
  });

  it('never makes a younger band laxer than an older one, in any category at any risk', () => {
    for (let i = 0; i + 1 < AGE_BANDS.length; i++) {
      const younger = kidsProfile(AGE_BANDS[i]!);
      const older = kidsProfile(AGE_BANDS[i + 1]!);
      for (const category of CATEGORIES) {
        for (const risk of RISKS) {
          const a = thresholdAction(younger.categories[category], risk);
          const b = thresholdAction(older.categories[category], risk);
          expect(actionRank(a), `${AGE_BANDS[i]} vs ${AGE_BANDS[i + 1]}, ${category} at ${risk}`).toBeGreaterThanOrEqual(actionRank(b));
        }
      }
    }
  });

  it('is strictly stricter for the youngest where age matters most', () => {
    for (const category of ['content-safety', 'manipulation', 'pii', 'code-intent'] as const) {
      const stricterSomewhere = RISKS.some(
        (risk) => actionRank(thresholdAction(kidsProfile('under-9').categories[category], risk)) > actionRank(thresholdAction(kidsProfile('16-17').categories[category], risk)),
      );
      expect(stricterSomewhere, category).toBe(true);
    }
  });

  it('is never laxer than the strict profile for any band', () => {
    for (const band of AGE_BANDS) {
      for (const category of ['content-safety', 'pii'] as const) {
        for (const risk of RISKS) {
          expect(actionRank(thresholdAction(kidsProfile(band).categories[category], risk))).toBeGreaterThanOrEqual(actionRank(thresholdAction(PROFILES.strict!.categories[category], risk)));
        }
      }
    }
  });
});
