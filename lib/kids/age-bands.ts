import type { Category } from '../core/category.ts';
import type { PolicyProfile, Threshold } from '../policy/profile.ts';
import { PROFILES } from '../policy/profiles.ts';
import type { AgeBand } from '../settings/user-settings.ts';

/**
 * Kids mode per age band: the built-in `kids` profile with the categories where age matters most
 * moved — harmful content, manipulation (grooming-style pressure, persuasion), personal data, code
 * that attacks something. `9-12` keeps the `kids` profile's thresholds; younger children get lower
 * thresholds (more acts, and sooner a block), teenagers a little more room. Every other category
 * keeps the kids profile's (strict) thresholds. The id stays `kids` (the content script covers
 * replies for it), while version and description say which band.
 */

const block = (minRisk: number): Threshold => ({ minRisk, action: 'block' });
const warn = (minRisk: number): Threshold => ({ minRisk, action: 'warn' });
const redact = (minRisk: number): Threshold => ({ minRisk, action: 'redact' });

type BandCategories = Partial<Record<Category, Threshold[]>>;

const KIDS = PROFILES.kids!;

const BANDS: Record<AgeBand, { description: string; categories: BandCategories }> = {
  'under-9': {
    description: 'Kids mode, under 9: harmful or manipulative content blocked early in both directions; personal data blocked.',
    categories: {
      'content-safety': [block(0.35), warn(0.2)],
      manipulation: [block(0.6), warn(0.35)],
      pii: [block(0.4), redact(0.25)],
      'code-intent': [block(0.5), warn(0.3)],
    },
  },
  '9-12': {
    description: 'Kids mode, 9 to 12: harmful content blocked both ways; personal data never leaves.',
    categories: {},
  },
  '13-15': {
    description: 'Kids mode, 13 to 15: clear harm and manipulation blocked, borderline topics warned; personal data redacted or blocked.',
    categories: {
      'content-safety': [block(0.6), warn(0.35)],
      manipulation: [block(0.85), warn(0.55)],
      pii: [block(0.7), redact(0.35)],
      'code-intent': [block(0.85), warn(0.5)],
    },
  },
  '16-17': {
    description: 'Kids mode, 16 and 17: clear harm blocked, more room for school and research topics; personal data redacted.',
    categories: {
      'content-safety': [block(0.65), warn(0.4)],
      manipulation: [block(0.9), warn(0.6)],
      pii: [block(0.8), redact(0.35)],
      'code-intent': [block(0.9), warn(0.55)],
    },
  },
};

/** Each band's version offset: distinct from the base version and from each other (cache keys, audit). */
const BAND_INDEX: Record<AgeBand, number> = { 'under-9': 1, '9-12': 2, '13-15': 3, '16-17': 4 };

const profiles = new Map<AgeBand, PolicyProfile>();

/** The kids profile for a band (one object per band, so compiled policies are reused). */
export function kidsProfile(band: AgeBand): PolicyProfile {
  let profile = profiles.get(band);
  if (!profile) {
    const { description, categories } = BANDS[band];
    profile = {
      ...KIDS,
      version: KIDS.version * 10 + BAND_INDEX[band],
      description,
      categories: { ...KIDS.categories, ...categories },
    };
    profiles.set(band, profile);
  }
  return profile;
}
