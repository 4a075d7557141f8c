import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../lib/core/result.ts';
import type { MessageRoute } from '../../../lib/messaging/message-route.ts';
import type { SenderInfo } from '../../../lib/messaging/sender-check.ts';
import { effectiveSettings } from '../../../lib/settings/effective-settings.ts';
import { parseManagedPolicy } from '../../../lib/settings/managed-policy.ts';
import { parseSettingsFile, settingsFileJson, settingsRoutes, type SettingsRoutesStore } from '../../../lib/settings/settings-routes.ts';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../lib/settings/user-settings.ts';

const page: SenderInfo = { id: 'rampart', url: 'chrome-extension://rampart/options.html' };

/** A store over a user settings object and a fixed policy. */
function memoryStore(user: UserSettings, policy: Record<string, unknown> = {}) {
  const state = { user: structuredClone(user) };
  const managed = parseManagedPolicy(policy);
  const store: SettingsRoutesStore = {
    settled: async () => ok(effectiveSettings(state.user, managed)),
    user: async () => state.user,
    update: async (change) => {
      const next = await change(state.user, effectiveSettings(state.user, managed));
      if (!next.ok) return next;
      state.user = next.value;
      return ok(effectiveSettings(next.value, managed));
    },
  };
  return { store, state };
}

function setup(user: UserSettings = DEFAULT_SETTINGS, policy: Record<string, unknown> = {}, token = 'parent-ok') {
  const { store, state } = memoryStore(user, policy);
  const onProtectionChange = vi.fn();
  const routes = new Map<string, MessageRoute>(settingsRoutes({ store, verifyKidsToken: async (t) => t === token, onProtectionChange }).map((route) => [route.type, route]));
  const call = (type: string, body: Record<string, unknown> = {}) => routes.get(type)!.handle(body, page);
  return { call, state, onProtectionChange };
}

describe('settings routes', () => {
  it('page:settings-get answers the effective settings, the defaults and the profiles', async () => {
    const { call } = setup(DEFAULT_SETTINGS, { profile: 'enterprise' });
    const reply = await call('page:settings-get');
    expect(reply).toMatchObject({ ok: true, value: { effective: { settings: { profile: 'enterprise' }, locked: ['profile'], managed: true }, defaults: DEFAULT_SETTINGS } });
    const profiles = (reply as { value: { profiles: Array<{ id: string; description: string }> } }).value.profiles;
    expect(profiles.map((profile) => profile.id)).toEqual(['standard', 'strict', 'kids', 'enterprise']);
    for (const profile of profiles) expect(profile.description.length).toBeGreaterThan(10);
  });

  it('page:settings-set applies a patch and refuses locked keys, junk and closed features', async () => {
    const { call, state } = setup(DEFAULT_SETTINGS, { cacheMode: 'off', disabledFeatures: ['customRules'] });
    expect(await call('page:settings-set', { patch: { profile: 'strict' } })).toMatchObject({ ok: true, value: { settings: { profile: 'strict', cacheMode: 'off' } } });
    expect(await call('page:settings-set', { patch: { cacheMode: 'exact' } })).toEqual({ ok: false, error: 'managed by your organization, cannot be changed: cacheMode' });
    expect(await call('page:settings-set', { patch: { customRules: [] } })).toEqual({ ok: false, error: 'turned off by your organization: customRules' });
    expect((await call('page:settings-set', { patch: 'strict' })).ok).toBe(false);
    expect((await call('page:settings-set', {})).ok).toBe(false);
    expect((await call('page:settings-set', { patch: { profile: 'lenient' } })).ok).toBe(false);
    expect(state.user).toEqual({ ...DEFAULT_SETTINGS, profile: 'strict' });
  });

  it('page:settings-set: Kids mode changes need the parent token', async () => {
    const { call, state } = setup();
    const patch = { kids: { enabled: true, ageBand: '13-15' } };
    expect(await call('page:settings-set', { patch })).toEqual({ ok: false, error: 'Kids mode: this change needs the parent PIN' });
    expect(await call('page:settings-set', { patch, kidsToken: 'parent-ok' })).toMatchObject({ ok: true });
    expect(state.user.kids).toEqual({ enabled: true, ageBand: '13-15' });
    expect((await call('page:settings-set', { patch: { profile: 'standard', categories: { pii: { action: 'allow' } } } })).ok).toBe(false);
  });

  it('export and import round-trip the user settings, without collector headers', async () => {
    const user: UserSettings = {
      ...DEFAULT_SETTINGS,
      profile: 'strict',
      allowLists: { imageHosts: ['cdn.example.com'], packages: [], phrases: ['Bluebird'] },
      audit: { scope: 'decisions', maxRecords: 500, collector: { url: 'https://c.example.com/v1/logs', headers: { 'x-api-key': 'SECRET-KEY' } } },
    };
    const source = setup(user);
    const exported = await source.call('page:settings-export');
    expect(exported.ok).toBe(true);
    const json = (exported as { value: { json: string } }).value.json;
    expect(JSON.parse(json)).toMatchObject({ rampartSettings: 1, settings: { profile: 'strict' } });
    expect(json).not.toContain('SECRET-KEY');

    const target = setup();
    expect(await target.call('page:settings-import', { json })).toMatchObject({ ok: true, value: { settings: { profile: 'strict', allowLists: user.allowLists } } });
    expect(target.state.user.audit.collector).toEqual({ url: 'https://c.example.com/v1/logs', headers: {} });
  });

  it('import refuses junk and changes nothing', async () => {
    const { call, state } = setup();
    for (const json of [undefined, 'not json', '[]', '{"settings":{}}', '{"rampartSettings":2,"settings":{}}', '{"rampartSettings":1,"settings":{"profile":"lenient"}}', '{"rampartSettings":1,"settings":{"theme":1}}']) {
      const reply = await call('page:settings-import', { json });
      expect(reply.ok, String(json)).toBe(false);
    }
    expect(state.user).toEqual(DEFAULT_SETTINGS);
  });

  it('import leaves the admin keys alone instead of failing on them', async () => {
    const { call, state } = setup(DEFAULT_SETTINGS, { profile: 'enterprise' });
    const json = JSON.stringify({ rampartSettings: 1, settings: { profile: 'standard', cacheMode: 'off' } });
    expect(await call('page:settings-import', { json })).toMatchObject({ ok: true, value: { settings: { profile: 'enterprise', cacheMode: 'off' } } });
    expect(state.user.cacheMode).toBe('off');
  });

  it('import and export are refused when the admin turned them off', async () => {
    const { call } = setup(DEFAULT_SETTINGS, { disabledFeatures: ['importExport'] });
    expect((await call('page:settings-export')).ok).toBe(false);
    expect((await call('page:settings-import', { json: settingsFileJson(DEFAULT_SETTINGS) })).ok).toBe(false);
  });

  it('page:site-pause pauses and resumes a host and reports it', async () => {
    const { call, state, onProtectionChange } = setup();
    expect(await call('page:site-pause', { host: 'ChatGPT.com', paused: true })).toMatchObject({ ok: true, value: { settings: { sites: { paused: ['chatgpt.com'] } } } });
    expect(onProtectionChange).toHaveBeenLastCalledWith({ host: 'chatgpt.com', paused: true });
    await call('page:site-pause', { host: 'chatgpt.com', paused: true });
    expect(state.user.sites.paused).toEqual(['chatgpt.com']);
    expect(onProtectionChange).toHaveBeenCalledTimes(1);
    await call('page:site-pause', { host: 'chatgpt.com', paused: false });
    expect(state.user.sites.paused).toEqual([]);
    expect(onProtectionChange).toHaveBeenLastCalledWith({ host: 'chatgpt.com', paused: false });
  });

  it('page:site-pause validates its body and is refused when locked or turned off', async () => {
    expect((await setup().call('page:site-pause', { host: 'not a host', paused: true })).ok).toBe(false);
    expect((await setup().call('page:site-pause', { host: 'chatgpt.com', paused: 'yes' })).ok).toBe(false);
    expect(await setup(DEFAULT_SETTINGS, { sites: { paused: [] } }).call('page:site-pause', { host: 'chatgpt.com', paused: true })).toEqual({
      ok: false,
      error: 'managed by your organization, cannot be changed: sites',
    });
    expect(await setup(DEFAULT_SETTINGS, { disabledFeatures: ['pause'] }).call('page:site-pause', { host: 'chatgpt.com', paused: true })).toEqual({
      ok: false,
      error: 'pausing is turned off by your organization',
    });
  });

  it('page:site-pause in Kids mode needs the parent token', async () => {
    const kids = { ...DEFAULT_SETTINGS, kids: { enabled: true, ageBand: '9-12' as const } };
    expect((await setup(kids).call('page:site-pause', { host: 'chatgpt.com', paused: true })).ok).toBe(false);
    expect((await setup(kids).call('page:site-pause', { host: 'chatgpt.com', paused: true, kidsToken: 'parent-ok' })).ok).toBe(true);
  });

  it('parseSettingsFile keeps only the keys the file names', () => {
    expect(parseSettingsFile(JSON.stringify({ rampartSettings: 1, settings: { cacheMode: 'off' } }))).toEqual({ ok: true, value: { cacheMode: 'off' } });
  });
});
