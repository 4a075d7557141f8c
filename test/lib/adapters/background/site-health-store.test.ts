import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSiteHealthStore } from '../../../../lib/adapters/background/site-health-store.ts';

describe('site health store (storage.session)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each tab’s health under its own session key, readable by a restarted worker', async () => {
    await createSiteHealthStore().set(4, { state: 'degraded', missing: ['composer'], host: 'chatgpt.com', at: 7 });
    expect(await createSiteHealthStore().get(4)).toEqual({ state: 'degraded', missing: ['composer'], host: 'chatgpt.com', at: 7 });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['health:4']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('answers nothing for an unknown tab or a malformed entry, and clears a closed tab', async () => {
    const store = createSiteHealthStore();
    expect(await store.get(1)).toBeUndefined();
    await fakeBrowser.storage.session.set({ 'health:2': { state: 'degraded', missing: [] } });
    expect(await store.get(2)).toBeUndefined();
    await store.set(3, { state: 'ok', missing: [], host: 'claude.ai', at: 1 });
    await store.clear(3);
    expect(await store.get(3)).toBeUndefined();
  });
});
