import { browser } from 'wxt/browser';
import type { OverrideReport } from '../../audit/override-report.ts';

/**
 * Tells the background the user went past a verdict (Send anyway, Paste anyway, Load anyway, Show reply), for
 * the audit log: `tab:override` with the verdict's time, categories and rule ids — no text. Fire
 * and forget: the user's choice has already been carried out, and a failed report (a background
 * that is restarting, an orphaned content script) must never undo or delay it.
 */
export function reportOverride(report: OverrideReport, send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message)): void {
  try {
    send({ type: 'tab:override', ...report }).catch(() => undefined);
  } catch {
    // sendMessage can throw at once when the extension context is gone.
  }
}
