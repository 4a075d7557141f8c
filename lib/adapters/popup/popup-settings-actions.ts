import { browser } from 'wxt/browser';
import { readPopupSettings, type PopupSettings } from '../../popup/popup-settings.ts';

type Answer = { ok?: boolean; value?: unknown; error?: unknown } | undefined;

/** The settings the popup shows (Kids mode, managed, paused sites, what is allowed); undefined when unreadable. Never rejects. */
export async function loadPopupSettings(): Promise<PopupSettings | undefined> {
  const answer = (await browser.runtime.sendMessage({ type: 'page:settings-get' }).catch(() => undefined)) as Answer;
  return answer?.ok ? readPopupSettings(answer.value) : undefined;
}

/**
 * Pauses or resumes Rampart on `host` (page:site-pause; the background checks the admin's locks).
 * The new settings, or the background's reason in words for the popup to show. Never rejects.
 */
export async function setSitePaused(host: string, paused: boolean): Promise<{ settings: PopupSettings } | { error: string }> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'page:site-pause', host, paused })) as Answer;
    if (!answer?.ok) return { error: typeof answer?.error === 'string' ? answer.error : 'no answer from Rampart' };
    const settings = readPopupSettings(answer.value);
    return settings ? { settings } : { error: 'unreadable answer from Rampart' };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'no answer from Rampart' };
  }
}

/** The options page, in a tab of its own (the browser focuses it if it is open already). */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
