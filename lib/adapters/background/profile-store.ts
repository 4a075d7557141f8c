import { browser } from 'wxt/browser';
import { PROFILE_STORAGE_KEY, resolveProfileId } from '../../settings/profile-setting.ts';
import type { StorageAreaLike } from './recent-verdicts-store.ts';

/**
 * Read on every scan rather than cached: a profile change (popup, options page, an admin) then
 * applies to the very next message, with no cache to invalidate after a service-worker restart.
 * A storage failure rejects, and the message handler turns that into "could not check": a broken
 * read must not quietly downgrade someone's strict profile to the default.
 */
export async function loadProfileId(area: Pick<StorageAreaLike, 'get'> = browser.storage.local): Promise<string> {
  const stored = await area.get(PROFILE_STORAGE_KEY);
  return resolveProfileId(stored[PROFILE_STORAGE_KEY]);
}
