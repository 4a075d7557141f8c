/** The one word the popup leads with for the tab's site. */
export type ProtectionState = 'checked' | 'paused' | 'not-checked' | 'degraded';

/**
 * The paused-list entry for `host`, matched exactly (case-insensitive) as the background's
 * page:site-pause writes and removes entries (lib/settings/settings-routes.ts); resume sends this
 * entry back. Should the background ever match parent domains, this must follow it.
 */
export function pausedEntryFor(pausedHosts: readonly string[], host: string | undefined): string | undefined {
  if (!host) return undefined;
  const name = host.toLowerCase();
  return pausedHosts.find((paused) => paused === name);
}

/**
 * Paused wins over degraded (nothing is checked either way, and the user chose it); degraded is
 * only said for a site Rampart checks, since an unchecked site has no adapter to fail.
 */
export function protectionState(site: { recognised: boolean; paused: boolean; degraded: boolean }): ProtectionState {
  if (!site.recognised) return 'not-checked';
  if (site.paused) return 'paused';
  return site.degraded ? 'degraded' : 'checked';
}
