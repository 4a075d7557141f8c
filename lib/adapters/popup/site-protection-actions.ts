import { browser } from 'wxt/browser';
import { CUSTOM_SITES_SCRIPT_ID, customSiteOrigin, originPattern } from '../../sites/custom-sites.ts';
import { adapterForHost } from '../../sites/sites.ts';
import { siteProtection, type SiteProtection } from '../../popup/site-protection.ts';

export interface SiteProtectionState extends SiteProtection {
  /** The origin "Protect this site" would add (HTTPS pages only). */
  origin?: string;
}

const urlOf = (raw: string | undefined): URL | undefined => {
  try {
    return raw ? new URL(raw) : undefined;
  } catch {
    return undefined;
  }
};

/** The tab's adapter health and whether its site is built in, added by the user, or could be. Never rejects. */
export async function loadSiteProtection(tabId: number): Promise<SiteProtectionState> {
  try {
    const url = urlOf((await browser.tabs.get(tabId)).url);
    const host = url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.hostname : undefined;
    const origin = url ? customSiteOrigin(url) : undefined;
    const isCustom = origin ? await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false) : false;
    const answer = (await browser.runtime.sendMessage({ type: 'popup:health', tabId }).catch(() => undefined)) as { ok?: boolean; value?: unknown } | undefined;
    const state = siteProtection({ health: answer?.ok ? answer.value : null, host, builtIn: host ? adapterForHost(host) !== undefined : false, isCustom, ...(origin ? { customOrigin: origin } : {}) });
    return { ...state, ...(origin ? { origin } : {}) };
  } catch {
    return { custom: false, canProtect: false };
  }
}

/** Resolves once the background registered the content script for `origin` (or after `timeoutMs`). */
async function registered(origin: string, timeoutMs = 3_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] }).catch(() => []);
    if (script?.matches?.includes(originPattern(origin))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * "Protect this site": asks the browser for the site's permission (must run inside the click: the
 * permission prompt needs the user's gesture), lets the background register the content script
 * (it listens for granted permissions), and reloads the tab so the script runs there. False when
 * the user declined. Firefox may close the popup for its prompt; the background still registers
 * the site, and the next page load is protected.
 */
export async function protectSite(origin: string, tabId: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  await registered(origin);
  await browser.tabs.reload(tabId);
  return true;
}

/** "Stop protecting this site": gives the permission back (the background unregisters) and reloads. */
export async function unprotectSite(origin: string, tabId: number): Promise<boolean> {
  const removed = await browser.permissions.remove({ origins: [originPattern(origin)] });
  if (removed) await browser.tabs.reload(tabId);
  return removed;
}
