/**
 * The slice of a WebExtension storage area Kids mode uses, so the logic in lib/kids/ stays
 * platform-free (tests hand in a Map-backed area; lib/adapters/background/kids-store.ts hands in
 * browser.storage.local and .session).
 */
export interface KidsStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Where each piece lives. All but the session are in storage.local: the PIN hash and the attempt
 * counter must survive a browser restart (else restarting the browser would reset a lock-out), and
 * the alerts are the parent's record. None of them is in the `settings` object, so a settings
 * export never carries the PIN material and an import cannot replace it.
 */
export const KIDS_KEYS = {
  /** PinRecord: salt, iterations, hash (base64) — never the PIN. storage.local. */
  pin: 'kidsPin',
  /** AttemptState: wrong PINs in a row and the current lock-out. storage.local. */
  attempts: 'kidsPinAttempts',
  /** KidsAlert[] (bounded, no text). storage.local. */
  alerts: 'kidsAlerts',
  /** WeeklyCounts (last 8 ISO weeks). storage.local. */
  weekly: 'kidsWeekly',
  /** The parent's unlocked session (hash of the token, expiry). storage.session: gone with the browser. */
  session: 'kidsSession',
} as const;
