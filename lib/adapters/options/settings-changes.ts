import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY } from '../../settings/user-settings.ts';

/**
 * Calls `onChange` when what the options page shows may have changed elsewhere: the user's
 * settings (another tab, the popup's pause) or any managed policy (an admin's push applies live).
 * Returns the unsubscribe function.
 */
export function watchSettings(onChange: () => void, events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && Object.prototype.hasOwnProperty.call(changes, SETTINGS_STORAGE_KEY))) onChange();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
