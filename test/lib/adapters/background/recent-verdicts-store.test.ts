import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRecentVerdictsStore } from '../../../../lib/adapters/background/recent-verdicts-store.ts';
import { summary } from '../../../support/verdict-fixtures.ts';

describe('recent verdicts store (storage.session)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each tab’s verdicts under its own key in session storage', async () => {
    const store = createRecentVerdictsStore();
    await store.append(1, summary('warn'));
    await store.append(2, summary('block'));
    expect((await store.list(1)).map((s) => s.action)).toEqual(['warn']);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['recent:1', 'recent:2']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('survives a new store instance (a restarted service worker)', async () => {
    await createRecentVerdictsStore().append(3, summary('allow'));
    expect(await createRecentVerdictsStore().list(3)).toHaveLength(1);
  });

  it('does not lose entries when scans finish at the same time', async () => {
    const store = createRecentVerdictsStore();
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.append(1, summary('allow', { at: i }))));
    expect((await store.list(1)).map((s) => s.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps working after a failed write', async () => {
    let failNext = true;
    const area = {
      get: fakeBrowser.storage.session.get,
      remove: fakeBrowser.storage.session.remove,
      async set(items: Record<string, unknown>) {
        if (failNext) {
          failNext = false;
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        await fakeBrowser.storage.session.set(items);
      },
    };
    const store = createRecentVerdictsStore(area);
    await expect(store.append(1, summary('warn'))).rejects.toThrow(/quota/);
    await store.append(1, summary('block'));
    expect((await store.list(1)).map((s) => s.action)).toEqual(['block']);
  });

  it('clears a tab', async () => {
    const store = createRecentVerdictsStore();
    await store.append(4, summary('warn'));
    await store.clear(4);
    expect(await store.list(4)).toEqual([]);
  });
});
