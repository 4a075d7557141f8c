import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../lib/core/result.ts';
import type { MessageRoute } from '../../../lib/messaging/message-route.ts';
import type { SenderInfo } from '../../../lib/messaging/sender-check.ts';
import { createKidsAlertStore } from '../../../lib/kids/kids-alerts.ts';
import { KIDS_ERRORS } from '../../../lib/kids/kids-route-errors.ts';
import { kidsRoutes, type KidsStatus, type ParentView } from '../../../lib/kids/kids-routes.ts';
import { createKidsSession, type KidsSessionGrant } from '../../../lib/kids/kids-session.ts';
import { KIDS_KEYS } from '../../../lib/kids/kids-storage.ts';
import { createPinAttempts } from '../../../lib/kids/pin-attempts.ts';
import type { KidsSettings } from '../../../lib/settings/user-settings.ts';
import { fakeClock, memoryArea } from './memory-area.ts';

const sender = {} as SenderInfo;

function setup(options: { kids?: KidsSettings; updateFails?: string } = {}) {
  const local = memoryArea();
  const sessionArea = memoryArea();
  const clock = fakeClock();
  let kids: KidsSettings = options.kids ?? { enabled: false, ageBand: '9-12' };
  const writes: KidsSettings[] = [];
  const alerts = createKidsAlertStore(local, clock.now);
  const routes = kidsRoutes({
    local,
    attempts: createPinAttempts(local, clock.now),
    session: createKidsSession(sessionArea, clock.now),
    alerts,
    readKids: async () => kids,
    updateKids: async (next): Promise<Result<unknown>> => {
      if (options.updateFails) return err(options.updateFails);
      writes.push(next);
      kids = next;
      return ok(next);
    },
    now: clock.now,
  });
  const table = new Map<string, MessageRoute>(routes.map((route) => [route.type, route]));
  const call = (type: string, body: Record<string, unknown> = {}) => table.get(type)!.handle({ type, ...body }, sender);
  const value = async <T>(type: string, body: Record<string, unknown> = {}): Promise<T> => {
    const result = await call(type, body);
    if (!result.ok) throw new Error(`${type}: ${result.error}`);
    return result.value as T;
  };
  return { local, clock, call, value, writes, alerts, kids: () => kids, table };
}

describe('Kids routes', () => {
  it('register the documented page:* types', () => {
    expect([...setup().table.keys()].sort()).toEqual([
      'page:kids-change',
      'page:kids-change-pin',
      'page:kids-disable',
      'page:kids-lock',
      'page:kids-setup',
      'page:kids-status',
      'page:kids-unlock',
      'page:parent-view',
    ]);
  });

  it('set up once: stores only the PIN hash, turns Kids mode on, returns a session', async () => {
    const kids = setup();
    expect(await kids.value<KidsStatus>('page:kids-status')).toEqual({ enabled: false, ageBand: '9-12', pinSet: false });
    const grant = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '4711', ageBand: 'under-9' });
    expect(grant.token).toMatch(/^[\w-]{43}$/);
    expect(kids.writes).toEqual([{ enabled: true, ageBand: 'under-9' }]);
    expect(JSON.stringify([...kids.local.data.values()])).not.toContain('4711');
    expect(await kids.value<KidsStatus>('page:kids-status')).toEqual({ enabled: true, ageBand: 'under-9', pinSet: true });
    // A second setup would replace the parent's PIN: refused.
    expect(await kids.call('page:kids-setup', { pin: '0000', ageBand: '9-12' })).toEqual(err(KIDS_ERRORS.pinAlreadySet));
  });

  it('validate bodies with clear errors and never throw', async () => {
    const kids = setup();
    expect(await kids.call('page:kids-setup', { pin: '12', ageBand: '9-12' })).toEqual(err('PIN must have at least 4 characters'));
    expect(await kids.call('page:kids-setup', { pin: '1234', ageBand: 'toddler' })).toEqual(err(KIDS_ERRORS.badAgeBand));
    expect(await kids.call('page:kids-setup', {})).toEqual(err('PIN must be text'));
    expect(await kids.call('page:kids-unlock', { pin: '1234' })).toEqual(err(KIDS_ERRORS.noPin));
    for (const type of ['page:kids-change', 'page:kids-change-pin', 'page:kids-disable', 'page:parent-view']) {
      expect(await kids.call(type, { token: 42 })).toEqual(err(KIDS_ERRORS.notUnlocked));
    }
    expect(kids.local.data.has(KIDS_KEYS.pin)).toBe(false);
  });

  it('leave no PIN behind when the settings cannot be written (locked by policy)', async () => {
    const kids = setup({ updateFails: 'kids is managed by your organization' });
    expect(await kids.call('page:kids-setup', { pin: '1234', ageBand: '9-12' })).toEqual(err('kids is managed by your organization'));
    expect(kids.local.data.has(KIDS_KEYS.pin)).toBe(false);
    // Kids mode already on as asked (an admin's policy): the PIN is set without a write.
    const managed = setup({ kids: { enabled: true, ageBand: '9-12' }, updateFails: 'kids is managed by your organization' });
    expect(await managed.call('page:kids-setup', { pin: '1234', ageBand: '9-12' })).toMatchObject({ ok: true });
    expect(managed.local.data.has(KIDS_KEYS.pin)).toBe(true);
  });

  it('unlock: right PIN gives a token; wrong PINs lock with the wait in the error and a pin-lockout alert', async () => {
    const kids = setup();
    const { token } = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '4711', ageBand: '9-12' });
    await kids.value('page:kids-lock', { token });
    expect(await kids.call('page:parent-view', { token })).toEqual(err(KIDS_ERRORS.notUnlocked));

    for (let i = 0; i < 4; i++) expect(await kids.call('page:kids-unlock', { pin: '1111' })).toEqual(err(KIDS_ERRORS.wrongPin));
    expect(await kids.call('page:kids-unlock', { pin: '1111' })).toEqual(err('too many wrong PINs: try again in 30 s'));
    kids.clock.advance(12_000);
    expect(await kids.call('page:kids-unlock', { pin: '4711' })).toEqual(err('too many wrong PINs: try again in 18 s'));
    expect((await kids.value<KidsStatus>('page:kids-status')).lockedUntil).toBe(kids.clock.now() + 18_000);
    kids.clock.advance(18_000);
    const unlocked = await kids.value<KidsSessionGrant>('page:kids-unlock', { pin: '4711' });
    const view = await kids.value<ParentView>('page:parent-view', { token: unlocked.token });
    expect(view.alerts.map((a) => a.kind)).toEqual(['pin-lockout']);
  });

  it('change the age band and the PIN only with the token', async () => {
    const kids = setup();
    const { token } = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '4711', ageBand: '9-12' });
    expect(await kids.call('page:kids-change', { token, ageBand: 'grown-up' })).toEqual(err(KIDS_ERRORS.badAgeBand));
    expect(await kids.value('page:kids-change', { token, ageBand: '13-15' })).toEqual({ enabled: true, ageBand: '13-15' });
    expect(await kids.call('page:kids-change-pin', { token, newPin: 'x' })).toMatchObject({ ok: false });
    expect(await kids.value('page:kids-change-pin', { token, newPin: 'new passphrase' })).toEqual({ changed: true });
    expect(await kids.call('page:kids-unlock', { pin: '4711' })).toEqual(err(KIDS_ERRORS.wrongPin));
    expect(await kids.call('page:kids-unlock', { pin: 'new passphrase' })).toMatchObject({ ok: true });
  });

  it('disable: needs the token, records protection-disabled, removes the PIN, keeps the history', async () => {
    const kids = setup();
    const { token } = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '4711', ageBand: '9-12' });
    kids.clock.advance(60_000);
    expect(await kids.value('page:kids-disable', { token })).toEqual({ enabled: false, ageBand: '9-12' });
    expect(kids.kids().enabled).toBe(false);
    expect(kids.local.data.has(KIDS_KEYS.pin)).toBe(false);
    expect(await kids.call('page:parent-view', { token })).toEqual(err(KIDS_ERRORS.notUnlocked));
    expect(await kids.alerts.alerts()).toEqual([{ at: kids.clock.now(), kind: 'protection-disabled', ruleIds: [] }]);

    // Set up again: the earlier alert is still there for the parent.
    const again = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '9999', ageBand: '9-12' });
    expect((await kids.value<ParentView>('page:parent-view', { token: again.token })).alerts.map((a) => a.kind)).toEqual(['protection-disabled']);
  });

  it('parent view lists alerts newest first with the weekly counts', async () => {
    const kids = setup();
    const { token } = await kids.value<KidsSessionGrant>('page:kids-setup', { pin: '4711', ageBand: '9-12' });
    await kids.alerts.record({ at: kids.clock.now() - 2, kind: 'harmful-blocked', category: 'content-safety', site: 'chatgpt.com', ruleIds: ['a/b'] });
    await kids.alerts.record({ at: kids.clock.now() - 1, kind: 'distress', category: 'content-safety', site: 'claude.ai', ruleIds: ['kids-context/distress-abuse'] });
    await kids.alerts.count('content-safety', 'block', kids.clock.now());
    const view = await kids.value<ParentView>('page:parent-view', { token });
    expect(view.alerts.map((a) => a.kind)).toEqual(['distress', 'harmful-blocked']);
    expect(view.weekly).toHaveLength(1);
    expect(view.weekly[0]!.categories['content-safety']!.block).toBe(1);
  });
});
