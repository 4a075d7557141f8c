import { DEFAULT_PROFILE_ID, PROFILE_IDS } from '../policy/profiles.ts';

/** The `storage.local` key that holds the chosen built-in profile id. */
export const PROFILE_STORAGE_KEY = 'profile';

/**
 * Validate-and-repair (Dark Reader style): whatever is stored — nothing, a typo, an object from an
 * older version — the background always scans with a real profile, so a damaged setting can never
 * turn into a failed scan or an unchecked send.
 */
export function resolveProfileId(stored: unknown): string {
  return typeof stored === 'string' && PROFILE_IDS.includes(stored) ? stored : DEFAULT_PROFILE_ID;
}
