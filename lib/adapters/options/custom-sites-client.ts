import { browser } from 'wxt/browser';
import { CUSTOM_SITES_KEY, originPattern, readCustomSites } from '../../sites/custom-sites.ts';

/**
 * The sites the user added with "Protect this site", as the background's registry keeps them in
 * storage.local. Removing one gives its permission back; the registry hears that
 * (permissions.onRemoved), unregisters the content script and rewrites the list.
 */
export async function loadCustomSites(area: { get(key: string): Promise<Record<string, unknown>> } = browser.storage.local): Promise<string[]> {
  try {
    return readCustomSites((await area.get(CUSTOM_SITES_KEY))[CUSTOM_SITES_KEY]);
  } catch {
    return [];
  }
}

/** False when the browser kept the permission (or refused to answer). */
export async function removeCustomSite(origin: string, permissions: { remove(p: { origins: string[] }): Promise<boolean> } = browser.permissions): Promise<boolean> {
  try {
    return await permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}
