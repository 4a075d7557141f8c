import { DEFAULT_SETTINGS, type UserSettings } from './user-settings.ts';

/**
 * What scans use while the admin's policy is not known yet (managed storage answers late, or not
 * at all, right after the browser starts): never the user's own, possibly laxer, choices — a
 * company that forbids pausing must not see the first messages after a restart go out unchecked.
 * The strict profile, nothing paused, no allow-lists, no category changes.
 */
export const SAFE_LOADING_SETTINGS: UserSettings = {
  ...DEFAULT_SETTINGS,
  profile: 'strict',
  categories: {},
  sites: { paused: [] },
  allowLists: { imageHosts: [], packages: [], phrases: [] },
};

/**
 * The safe settings for a user: also keeps what can only make scans stricter — Kids mode (its
 * profiles block more than strict), the user's own custom rules — and the audit settings (records
 * are not weakened by waiting).
 */
export function safeLoadingSettings(user: UserSettings): UserSettings {
  return {
    ...SAFE_LOADING_SETTINGS,
    customRules: user.customRules,
    audit: user.audit,
    kids: user.kids.enabled ? user.kids : SAFE_LOADING_SETTINGS.kids,
  };
}
