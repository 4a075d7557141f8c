import { browser } from 'wxt/browser';
import { SETTINGS_CHANGED_MESSAGE } from '../../content/pause-state.ts';

/**
 * Tells every tab's content script that the settings changed (a pause, a profile, the admin's
 * policy), so it asks `content:settings` again. The note carries nothing: what applies to a page
 * is decided by the background when asked. Tabs without Rampart's content script reject the
 * message; that is expected and ignored.
 */
export async function broadcastSettingsChanged(tabs: Pick<typeof browser.tabs, 'query' | 'sendMessage'> = browser.tabs): Promise<void> {
  let open: Array<{ id?: number }>;
  try {
    open = await tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    open.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        // Awaited inside try: an implementation that throws instead of rejecting is caught too.
        await tabs.sendMessage(tab.id, { type: SETTINGS_CHANGED_MESSAGE });
      } catch {
        // No content script in that tab.
      }
    }),
  );
}
