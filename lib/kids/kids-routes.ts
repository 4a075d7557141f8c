import { err, ok, type Result } from '../core/result.ts';
import { serialQueue } from '../core/serial-queue.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import { isAgeBand } from '../settings/resolve-user-settings.ts';
import type { AgeBand, KidsSettings } from '../settings/user-settings.ts';
import type { KidsAlert, KidsAlertStore, WeeklyCounts } from './kids-alerts.ts';
import { KIDS_ERRORS, lockedError } from './kids-route-errors.ts';
import type { KidsSession, KidsSessionGrant } from './kids-session.ts';
import { KIDS_KEYS, type KidsStorageArea } from './kids-storage.ts';
import type { PinAttempts } from './pin-attempts.ts';
import { hashPin, parsePinRecord, validatePin, verifyPin, type PinRecord } from './pin-hash.ts';

/**
 * Kids mode's messages from the options page. The PIN is typed once per session (kids-unlock);
 * every change after that carries the session token, and each route checks it itself.
 * Setup is only possible while no PIN exists (else anyone could replace the parent's PIN);
 * disabling removes the PIN, ends the session and leaves a `protection-disabled` alert, so the
 * parent view shows it whoever did it (the alerts and counts are kept).
 */

export interface KidsStatus {
  enabled: boolean;
  ageBand: AgeBand;
  pinSet: boolean;
  /** While PIN entry is locked after too many wrong PINs. */
  lockedUntil?: number;
}

export interface ParentView {
  /** Newest first. */
  alerts: KidsAlert[];
  weekly: WeeklyCounts;
}

export interface KidsRoutesDeps {
  /** storage.local: the PIN record lives under KIDS_KEYS.pin. */
  local: KidsStorageArea;
  attempts: PinAttempts;
  session: KidsSession;
  alerts: KidsAlertStore;
  /** The current `settings.kids` (settings store, helper A). */
  readKids(): Promise<KidsSettings>;
  /** Writes `settings.kids`; an err (e.g. the key is locked by managed policy) is passed on as is. */
  updateKids(kids: KidsSettings): Promise<Result<unknown>>;
  now?: () => number;
}

export function kidsRoutes(deps: KidsRoutesDeps): MessageRoute[] {
  const now = deps.now ?? Date.now;
  // Setup, PIN change and disable each read then write the PIN: one at a time, so two setups
  // racing cannot both find "no PIN yet".
  const enqueue = serialQueue();

  const readPin = async (): Promise<PinRecord | undefined> => parsePinRecord((await deps.local.get(KIDS_KEYS.pin))[KIDS_KEYS.pin]);
  const writePin = (record: PinRecord) => deps.local.set({ [KIDS_KEYS.pin]: record });

  /** Runs `then` only for the current session's token. */
  const withToken =
    <T>(then: (body: Readonly<Record<string, unknown>>) => Promise<Result<T>>) =>
    async (body: Readonly<Record<string, unknown>>): Promise<Result<T>> =>
      (await deps.session.verify(body.token)) ? then(body) : err(KIDS_ERRORS.notUnlocked);

  const update = async (kids: KidsSettings): Promise<Result<KidsSettings>> => {
    const written = await deps.updateKids(kids);
    return written.ok ? ok(kids) : written;
  };

  const status = async (): Promise<Result<KidsStatus>> => {
    const [kids, pin, wait] = await Promise.all([deps.readKids(), readPin(), deps.attempts.wait()]);
    return ok({ enabled: kids.enabled, ageBand: kids.ageBand, pinSet: pin !== undefined, ...(wait > 0 ? { lockedUntil: now() + wait } : {}) });
  };

  const setup = (body: Readonly<Record<string, unknown>>): Promise<Result<KidsSessionGrant>> =>
    enqueue(async () => {
      const pin = validatePin(body.pin);
      if (!pin.ok) return pin;
      if (!isAgeBand(body.ageBand)) return err(KIDS_ERRORS.badAgeBand);
      if (await readPin()) return err(KIDS_ERRORS.pinAlreadySet);
      const record = await hashPin(pin.value);
      // Settings first: when they cannot be written (locked by policy), no PIN is left behind.
      // Already as asked (an admin turned Kids mode on): nothing to write, so a managed lock on
      // the key does not stop the parent from setting a PIN for the parent view.
      const current = await deps.readKids();
      if (!(current.enabled && current.ageBand === body.ageBand)) {
        const written = await update({ enabled: true, ageBand: body.ageBand });
        if (!written.ok) return written;
      }
      await writePin(record);
      await deps.attempts.reset();
      return ok(await deps.session.open());
    });

  const unlock = async (body: Readonly<Record<string, unknown>>): Promise<Result<KidsSessionGrant>> => {
    const pin = validatePin(body.pin);
    // Not a possible PIN: wrong without spending an attempt (or a hash) on it.
    if (!pin.ok) return err(KIDS_ERRORS.wrongPin);
    const record = await readPin();
    if (!record) return err(KIDS_ERRORS.noPin);
    const outcome = await deps.attempts.attempt(() => verifyPin(pin.value, record));
    switch (outcome.kind) {
      case 'right':
        return ok(await deps.session.open());
      case 'locked':
        return err(lockedError(outcome.waitMs));
      case 'wrong':
        if (outcome.lockoutStarted) await deps.alerts.record({ at: now(), kind: 'pin-lockout', ruleIds: [] });
        return err(outcome.waitMs > 0 ? lockedError(outcome.waitMs) : KIDS_ERRORS.wrongPin);
    }
  };

  const lock = async (body: Readonly<Record<string, unknown>>): Promise<Result<{ locked: true }>> => {
    // Only the session's own token closes it (a stale page must not end the parent's new session).
    if (await deps.session.verify(body.token)) await deps.session.close();
    return ok({ locked: true });
  };

  const change = withToken(async (body) => {
    if (!isAgeBand(body.ageBand)) return err(KIDS_ERRORS.badAgeBand);
    const kids = await deps.readKids();
    return update({ ...kids, ageBand: body.ageBand });
  });

  const changePin = withToken((body) =>
    enqueue(async (): Promise<Result<{ changed: true }>> => {
      const pin = validatePin(body.newPin);
      if (!pin.ok) return pin;
      await writePin(await hashPin(pin.value));
      await deps.attempts.reset();
      return ok({ changed: true });
    }),
  );

  const disable = withToken(() =>
    enqueue(async (): Promise<Result<KidsSettings>> => {
      const kids = await deps.readKids();
      const written = await update({ ...kids, enabled: false });
      if (!written.ok) return written;
      await deps.alerts.record({ at: now(), kind: 'protection-disabled', ruleIds: [] });
      await deps.local.remove(KIDS_KEYS.pin);
      await deps.attempts.reset();
      await deps.session.close();
      return written;
    }),
  );

  const parentView = withToken(async (): Promise<Result<ParentView>> => {
    const [alerts, weekly] = await Promise.all([deps.alerts.alerts(), deps.alerts.weekly()]);
    return ok({ alerts: alerts.reverse(), weekly });
  });

  return [
    { type: 'page:kids-status', handle: status },
    { type: 'page:kids-setup', handle: setup },
    { type: 'page:kids-unlock', handle: unlock },
    { type: 'page:kids-lock', handle: lock },
    { type: 'page:kids-change', handle: change },
    { type: 'page:kids-change-pin', handle: changePin },
    { type: 'page:kids-disable', handle: disable },
    { type: 'page:parent-view', handle: parentView },
  ];
}
