import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore, MANAGED_WAIT_MS, type SettingsStoreDeps } from '../../../../lib/adapters/background/settings-store.ts';
import { err, ok } from '../../../../lib/core/result.ts';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/user-settings.ts';

type Listener = Parameters<SettingsStoreDeps['onChanged']['addListener']>[0];

/** storage.local, storage.managed and storage.onChanged as the browser behaves, with a managed answer the test releases. */
function fakeStorage(local: Record<string, unknown> = {}) {
  const listeners: Listener[] = [];
  let releaseManaged: (value: Record<string, unknown>) => void = () => undefined;
  let failManaged: () => void = () => undefined;
  const managedAnswer = new Promise<Record<string, unknown>>((resolve, reject) => {
    releaseManaged = resolve;
    failManaged = () => reject(new Error('Managed storage manifest not found'));
  });
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const listener of listeners) listener(changes, area);
  };
  const deps: SettingsStoreDeps = {
    local: {
      get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((key) => key in local).map((key) => [key, structuredClone(local[key])]))),
      set: vi.fn(async (items: Record<string, unknown>) => {
        Object.assign(local, structuredClone(items));
        emit(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])), 'local');
      }),
    },
    managed: { get: vi.fn(() => managedAnswer) },
    onChanged: { addListener: (listener) => void listeners.push(listener) },
  };
  return { deps, local, emit, releaseManaged: (value: Record<string, unknown>) => releaseManaged(value), failManaged: () => failManaged() };
}

describe('settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('merges the user settings with the admin policy once it answers', async () => {
    const storage = fakeStorage({ settings: { profile: 'standard', sites: { paused: ['chatgpt.com'] } } });
    const store = createSettingsStore(storage.deps);
    storage.releaseManaged({ profile: 'enterprise' });
    const effective = await store.current();
    expect(effective.settings).toMatchObject({ profile: 'enterprise', sites: { paused: ['chatgpt.com'] } });
    expect(effective.locked).toEqual(['profile']);
  });

  it('repairs and merges once per stored value and policy, and again after either changes', async () => {
    const storage = fakeStorage({ settings: { profile: 'standard' } });
    const store = createSettingsStore(storage.deps);
    storage.releaseManaged({});
    const first = await store.current();
    expect(await store.current()).toBe(first);
    expect(storage.deps.local.get).toHaveBeenCalledTimes(1);
    storage.emit({ settings: { newValue: { profile: 'strict' } } }, 'local');
    const afterLocal = await store.current();
    expect(afterLocal).not.toBe(first);
    expect(afterLocal.settings.profile).toBe('strict');
    storage.emit({ profile: { newValue: 'enterprise' } }, 'managed');
    const afterPolicy = await store.current();
    expect(afterPolicy.settings.profile).toBe('enterprise');
    expect(afterPolicy.locked).toEqual(['profile']);
  });

  it('no policy (a rejected managed read) is an empty one', async () => {
    const storage = fakeStorage({ profile: 'kids' });
    const store = createSettingsStore(storage.deps);
    storage.failManaged();
    expect(await store.current()).toEqual({ settings: { ...DEFAULT_SETTINGS, profile: 'kids' }, locked: [], disabledFeatures: [], managed: false });
  });

  it('scans wait up to a second for the policy, then use the safe settings, never the user laxer ones', async () => {
    const storage = fakeStorage({ settings: { profile: 'standard', sites: { paused: ['chatgpt.com'] }, allowLists: { phrases: ['x'] } } });
    const store = createSettingsStore(storage.deps);
    let answered = false;
    const pending = store.current().then((value) => {
      answered = true;
      return value;
    });
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS - 10);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    const effective = await pending;
    expect(effective.settings).toMatchObject({ profile: 'strict', sites: { paused: [] }, allowLists: { phrases: [] } });
    // Once the policy answers (late), the real settings apply.
    storage.releaseManaged({});
    await vi.advanceTimersByTimeAsync(0);
    expect((await store.current()).settings).toMatchObject({ profile: 'standard', sites: { paused: ['chatgpt.com'] } });
  });

  it('settings pages wait longer and say so when the policy never answers', async () => {
    const store = createSettingsStore({ ...fakeStorage().deps, settleWaitMs: 5_000 });
    const pending = store.settled();
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await pending).toEqual({ ok: false, error: expect.stringContaining('still loading') });
  });

  it('applies policy changes live (storage.onChanged, area managed) and tells listeners', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage.deps);
    const changed = vi.fn();
    store.onChange(changed);
    storage.releaseManaged({ cacheMode: 'off' });
    expect((await store.current()).settings.cacheMode).toBe('off');
    storage.emit({ disabledFeatures: { newValue: ['pause'] }, cacheMode: { newValue: undefined } }, 'managed');
    const effective = await store.current();
    expect(effective.settings.cacheMode).toBe('exact');
    expect(effective.disabledFeatures).toEqual(['pause']);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('reports policy problems', async () => {
    const onPolicyProblems = vi.fn();
    const storage = fakeStorage();
    const store = createSettingsStore({ ...storage.deps, onPolicyProblems });
    storage.releaseManaged({ profile: 'lenient' });
    await store.current();
    expect(onPolicyProblems).toHaveBeenCalledWith([expect.stringContaining('profile: unknown profile')]);
  });

  it('applies user storage changes live (another window, the legacy keys while there is no settings object)', async () => {
    const storage = fakeStorage({ profile: 'standard' });
    const store = createSettingsStore(storage.deps);
    storage.releaseManaged({});
    expect((await store.current()).settings.profile).toBe('standard');
    storage.emit({ profile: { newValue: 'strict' } }, 'local');
    expect((await store.current()).settings.profile).toBe('strict');
    storage.emit({ settings: { newValue: { profile: 'kids' } } }, 'local');
    expect((await store.current()).settings.profile).toBe('kids');
    storage.emit({ unrelated: { newValue: 1 } }, 'local');
    expect(storage.deps.local.get).toHaveBeenCalledTimes(1);
  });

  it('writes go through update one at a time; a refused change writes nothing', async () => {
    const storage = fakeStorage();
    const store = createSettingsStore(storage.deps);
    storage.releaseManaged({ profile: 'strict' });
    const a = store.update((user) => ok({ ...user, cacheMode: 'off' }));
    const b = store.update((user) => ok({ ...user, sites: { paused: [...user.sites.paused, 'claude.ai'] } }));
    const refused = store.update(() => err('no'));
    expect((await a).ok).toBe(true);
    expect(await b).toMatchObject({ ok: true, value: { settings: { profile: 'strict', cacheMode: 'off', sites: { paused: ['claude.ai'] } }, locked: ['profile'] } });
    expect(await refused).toEqual({ ok: false, error: 'no' });
    expect(storage.deps.local.set).toHaveBeenCalledTimes(2);
    // The admin's value is never written into the user's settings.
    expect(storage.local.settings).toMatchObject({ profile: 'standard', cacheMode: 'off' });
  });

  it('rejects (the scan is held) when storage.local fails, and tries again next time', async () => {
    const storage = fakeStorage({ profile: 'strict' });
    const get = storage.deps.local.get as ReturnType<typeof vi.fn>;
    const real = get.getMockImplementation()!;
    get.mockImplementationOnce(async () => Promise.reject(new Error('IO error')));
    const store = createSettingsStore(storage.deps);
    storage.releaseManaged({});
    await expect(store.current()).rejects.toThrow('IO error');
    get.mockImplementation(real);
    expect((await store.current()).settings.profile).toBe('strict');
  });
});
