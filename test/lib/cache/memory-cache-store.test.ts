import { describe, expect, it } from 'vitest';
import type { CacheEntry } from '../../../lib/cache/cache-entry.ts';
import { MemoryCacheStore } from '../../../lib/cache/memory-cache-store.ts';

const entry = (key: string, scope: string, lastUsedAt: number, vector?: number[]): CacheEntry => ({
  key: key.repeat(64).slice(0, 64),
  scope: scope.repeat(64).slice(0, 64),
  verdict: { direction: 'inbound', action: 'allow', profileId: 'standard', risk: 0, reasons: [], spans: [], redactions: [] },
  createdAt: lastUsedAt,
  lastUsedAt,
  hits: 0,
  ...(vector ? { vector: Float32Array.from(vector) } : {}),
});

describe('MemoryCacheStore', () => {
  it('stores copies, touches, deletes and counts', async () => {
    const store = new MemoryCacheStore();
    const a = entry('a', 's', 10);
    await store.put(a);
    a.hits = 99;
    expect(await store.get(a.key)).toMatchObject({ hits: 0 });
    await store.touch(a.key, 20);
    await store.touch('f'.repeat(64), 20);
    expect(await store.get(a.key)).toMatchObject({ hits: 1, lastUsedAt: 20 });
    expect(await store.count()).toBe(1);
    await store.delete(a.key);
    expect(await store.get(a.key)).toBeUndefined();
  });

  it('lists the newest entries of a scope that have vectors', async () => {
    const store = new MemoryCacheStore();
    await store.put(entry('a', 's', 1, [1]));
    await store.put(entry('b', 's', 3, [1]));
    await store.put(entry('c', 's', 2));
    await store.put(entry('d', 't', 4, [1]));
    await store.put(entry('e', 's', 5, [1]));
    const recent = (await store.recent('s'.repeat(64), 2)) as CacheEntry[];
    expect(recent.map((item) => item.key[0])).toEqual(['e', 'b']);
  });

  it('evicts by TTL and LRU, and resets or clears with its meta', async () => {
    const store = new MemoryCacheStore();
    for (const [key, at] of [['a', 1], ['b', 2], ['c', 3], ['d', 4]] as const) await store.put(entry(key, 's', at));
    expect(await store.evict(1, 2)).toBe(2);
    expect([...store.entries.keys()].map((key) => key[0]).sort()).toEqual(['c', 'd']);
    const meta = { stamp: 'f'.repeat(64), salt: new Uint8Array(32) };
    await store.reset(meta);
    expect(await store.count()).toBe(0);
    expect(await store.readMeta()).toEqual(meta);
    await store.put(entry('a', 's', 1));
    await store.clear();
    expect([await store.count(), await store.readMeta()]).toEqual([0, undefined]);
  });
});
