import { browser } from 'wxt/browser';
import { createResourceService, type ResourceService } from '../../exfil/resource-check.ts';
import { SITES } from '../../sites/sites.ts';
import { createExfilNetworkGuard, type DnrApi } from './exfil-network-guard.ts';

/**
 * Starts exfiltration blocking in the network layer and returns the service the message handler
 * answers `content:resource-check` / `content:resource-allow` with. The site block rules are
 * (re)installed on every worker start — idempotently, with stable ids — and again on install,
 * update and browser startup; as dynamic rules they persist in between, so they are in force
 * before any page of a chat site loads. A closed tab's allow rules go with it.
 *
 * Listeners are added synchronously (an MV3 worker woken by an event only delivers it to
 * listeners registered in its first turn). Failures are reported by kind only: never a URL.
 */
export function startExfilNetworkGuard(
  onError: (error: unknown) => void,
  dnr: DnrApi | null = browserDnr(),
  /** The allow-listed image hosts (settings): loaded without a URL check, like the site's own. */
  allowedImageHosts?: () => Promise<string[]>,
): ResourceService {
  if (!dnr) {
    onError(new Error('declarativeNetRequest is not available'));
    // Without the API nothing is blocked, so nothing needs letting through: report it as unavailable.
    return createResourceService({ sites: SITES, allow: async () => ({ ok: false, error: 'declarativeNetRequest is not available' }) });
  }
  const guard = createExfilNetworkGuard(dnr, SITES);
  const install = () => {
    guard.installSiteRules().catch(onError);
  };
  install();
  browser.runtime.onInstalled.addListener(install);
  browser.runtime.onStartup.addListener(install);
  browser.tabs.onRemoved.addListener((tabId: number) => {
    guard.forgetTab(tabId).catch(onError);
  });
  return createResourceService({ sites: SITES, allow: (tabId, urls) => guard.allow(tabId, urls), ...(allowedImageHosts ? { allowedImageHosts } : {}) });
}

/** The browser's declarativeNetRequest, if this browser and manifest provide it. */
function browserDnr(): DnrApi | null {
  const api = (browser as unknown as { declarativeNetRequest?: DnrApi }).declarativeNetRequest;
  return api && typeof api.updateDynamicRules === 'function' ? api : null;
}
