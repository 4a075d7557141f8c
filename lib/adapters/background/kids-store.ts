import { browser } from 'wxt/browser';
import type { Result } from '../../core/result.ts';
import type { MessageRoute } from '../../messaging/message-route.ts';
import { createKidsAlertStore, type KidsAlertStore } from '../../kids/kids-alerts.ts';
import { kidsRoutes } from '../../kids/kids-routes.ts';
import { createKidsSession } from '../../kids/kids-session.ts';
import type { KidsStorageArea } from '../../kids/kids-storage.ts';
import { createKidsVerdictRecorder, type KidsVerdictEvent } from '../../kids/kids-verdict-recorder.ts';
import { createPinAttempts } from '../../kids/pin-attempts.ts';
import type { KidsSettings } from '../../settings/user-settings.ts';

export interface KidsBackgroundDeps {
  /** The current `settings.kids` (from the settings store). */
  readKids(): Promise<KidsSettings>;
  /** Writes `settings.kids` (the settings store's update; an err, e.g. a managed lock, is passed on). */
  updateKids(kids: KidsSettings): Promise<Result<unknown>>;
  /** Defaults: browser.storage.local and browser.storage.session. */
  local?: KidsStorageArea;
  session?: KidsStorageArea;
  now?: () => number;
}

export interface KidsBackground {
  /** page:kids-status, -setup, -unlock, -lock, -change, -change-pin, -disable, page:parent-view. */
  routes: MessageRoute[];
  /** For the settings store: a Kids key change through page:settings-set needs the parent's token. */
  verifyKidsToken(token: unknown): Promise<boolean>;
  /** For the message handler's verdict hook: counts and alerts for the parent view. Never rejects. */
  recordKidsVerdict(event: KidsVerdictEvent): Promise<void>;
  alerts: KidsAlertStore;
}

/**
 * Kids mode in the background, on the browser's storage: PIN record, attempt counter, alerts and
 * weekly counts in storage.local (they must outlive a browser restart), the parent's session in
 * storage.session (it must not). One call wires it all; start-background passes the settings
 * store's read and update.
 */
export function createKidsBackground(deps: KidsBackgroundDeps): KidsBackground {
  const local = deps.local ?? browser.storage.local;
  const sessionArea = deps.session ?? browser.storage.session;
  const now = deps.now ?? Date.now;
  const attempts = createPinAttempts(local, now);
  const session = createKidsSession(sessionArea, now);
  const alerts = createKidsAlertStore(local, now);
  const recordKidsVerdict = createKidsVerdictRecorder({
    alerts,
    isKidsModeOn: async () => (await deps.readKids()).enabled,
  });
  return {
    routes: kidsRoutes({ local, attempts, session, alerts, readKids: deps.readKids, updateKids: deps.updateKids, now }),
    verifyKidsToken: (token) => session.verify(token),
    recordKidsVerdict,
    alerts,
  };
}
