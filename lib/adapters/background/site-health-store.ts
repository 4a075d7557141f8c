import { browser } from 'wxt/browser';
import type { SiteHealthRecords } from '../../messaging/message-handler.ts';
import { parseSiteHealthRecord, type SiteHealthRecord } from '../../sites/site-health.ts';
import type { StorageAreaLike } from './recent-verdicts-store.ts';

/** One `storage.session` key per tab, like the recent verdicts, so closing a tab drops exactly its entry. */
export const siteHealthKey = (tabId: number): string => `health:${tabId}`;

export interface SiteHealthStore extends SiteHealthRecords {
  clear(tabId: number): Promise<void>;
}

/**
 * Per-tab adapter health in `storage.session`: it survives the service worker being stopped, is
 * wiped with the browser session, and holds no text (state, missing part names, host, time).
 */
export function createSiteHealthStore(area: StorageAreaLike = browser.storage.session): SiteHealthStore {
  return {
    async set(tabId: number, record: SiteHealthRecord) {
      await area.set({ [siteHealthKey(tabId)]: record });
    },
    async get(tabId: number) {
      const key = siteHealthKey(tabId);
      return parseSiteHealthRecord((await area.get(key))[key]);
    },
    clear(tabId: number) {
      return area.remove(siteHealthKey(tabId));
    },
  };
}
