import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createIdbCacheStore, DECISION_CACHE_DB_NAME, openDecisionCacheDatabase } from '../../../../lib/adapters/background/decision-cache-idb.ts';
import { startBackground } from '../../../../lib/adapters/background/start-background.ts';
import type { CacheEntry } from '../../../../lib/cache/cache-entry.ts';
import { evictionPlan } from '../../../../lib/cache/cache-limits.ts';
import { createDecisionCache } from '../../../../lib/cache/decision-cache.ts';
import { dump, fakeEmbedder, substringsOf, testPipeline } from '../../cache/cache-fixtures.ts';

let databases = 0;
/** A store on a database of its own (fake-indexeddb keeps every database for the whole file). */
function freshStore() {
  const name = `rampart-decision-cache-test-${(databases += 1)}`;
  return { name, store: createIdbCacheStore((onTerminated) => openDecisionCacheDatabase(name, onTerminated)) };
}

const hex = (char: string) => char.repeat(64);
const entry = (key: string, scope: string, createdAt: number, lastUsedAt: number, vector?: number[]): CacheEntry => ({
  key: hex(key),
  scope: hex(scope),
  verdict: { direction: 'inbound', action: 'warn', profileId: 'standard', risk: 0.6, reasons: [{ category: 'pii', action: 'warn', risk: 0.6, ruleIds: ['pii/email'] }], spans: [{ start: 1, end: 5 }], redactions: [] },
  createdAt,
  lastUsedAt,
  hits: 0,
  ...(vector ? { vector: Float32Array.from(vector) } : {}),
});

describe('decision cache store in IndexedDB (idb, fake-indexeddb)', () => {
  it('keeps entries and meta as written, typed arrays included, across a new connection (a restarted worker)', async () => {
    const { name, store } = freshStore();
    const meta = { stamp: hex('5'), salt: new Uint8Array(32).fill(7) };
    await store.reset(meta);
    const written = entry('a', 's', 10, 10, [0.6, 0.8]);
    await store.put(written);
    const again = createIdbCacheStore((onTerminated) => openDecisionCacheDatabase(name, onTerminated));
    const read = (await again.get(written.key)) as CacheEntry;
    expect(read).toEqual(written);
    expect(read.vector).toBeInstanceOf(Float32Array);
    expect(await again.readMeta()).toEqual(meta);
    expect(await again.get(hex('f'))).toBeUndefined();
  });

  it('touches, deletes, resets and clears', async () => {
    const { store } = freshStore();
    await store.put(entry('a', 's', 10, 10));
    await store.put(entry('b', 's', 10, 10));
    await store.touch(hex('a'), 50);
    await store.touch(hex('c'), 50);
    expect(await store.get(hex('a'))).toMatchObject({ lastUsedAt: 50, hits: 1 });
    expect(await store.get(hex('c'))).toBeUndefined();
    await store.delete(hex('b'));
    expect(await store.count()).toBe(1);
    await store.reset({ stamp: hex('6'), salt: new Uint8Array(32) });
    expect(await store.count()).toBe(0);
    await store.put(entry('a', 's', 10, 10));
    await store.clear();
    expect([await store.count(), await store.readMeta()]).toEqual([0, undefined]);
  });

  it('lists the most recently used entries of one scope that carry a vector', async () => {
    const { store } = freshStore();
    await store.put(entry('a', 's', 1, 1, [1]));
    await store.put(entry('b', 's', 1, 30, [1]));
    await store.put(entry('c', 's', 1, 40));
    await store.put(entry('d', 't', 1, 50, [1]));
    await store.put(entry('e', 's', 1, 20, [1]));
    const recent = (await store.recent(hex('s'), 2)) as CacheEntry[];
    expect(recent.map((item) => item.key[0])).toEqual(['b', 'e']);
    expect(((await store.recent(hex('s'), 10)) as CacheEntry[]).map((item) => item.key[0])).toEqual(['b', 'e', 'a']);
    expect(await store.recent(hex('9'), 10)).toEqual([]);
  });

  it('evicts expired entries, then the least recently used, exactly as the plan says', async () => {
    const { store } = freshStore();
    const entries = [entry('a', 's', 5, 90), entry('b', 's', 20, 30), entry('c', 's', 21, 10), entry('d', 't', 22, 50), entry('e', 's', 23, 40), entry('f', 's', 24, 20)];
    for (const item of entries) await store.put(item);
    const plan = evictionPlan(entries, 10, 3);
    expect(await store.evict(10, 3)).toBe(plan.length);
    const left = entries.map((item) => item.key).filter((key) => !plan.includes(key));
    expect(left.map((key) => key[0]).sort()).toEqual(['b', 'd', 'e']);
    for (const key of left) expect(await store.get(key)).toBeDefined();
    expect(await store.count()).toBe(3);
  });

  it('opens again after a failed open', async () => {
    const name = `rampart-decision-cache-test-${(databases += 1)}`;
    let attempts = 0;
    const store = createIdbCacheStore((onTerminated) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('blocked')) : openDecisionCacheDatabase(name, onTerminated);
    });
    await expect(store.count()).rejects.toThrow('blocked');
    expect(await store.count()).toBe(0);
  });

  it('behind the decision cache: survives a restart, and no record holds any piece of the text', async () => {
    const { name, store } = freshStore();
    const cacheOver = (target = store) =>
      createDecisionCache({ pipeline: testPipeline().pipeline, store: target, mode: () => 'hybrid', semantic: { embedder: fakeEmbedder(), maxChars: 2_048 } });
    const texts = [
      'My name is Alexandra Thompson and my email is alexandra.thompson@example.org',
      'token ghp_16C7e42F292c6912E7710c838347Ae178B4a please',
      'I like banana bread with butter and jam and tea',
      'Quarterly revenue for Project Nightingale was 4.2 million',
    ];
    const first = cacheOver();
    for (const text of texts) {
      const result = await first.scan({ text, direction: 'inbound', site: 'chatgpt.com' });
      expect(result).toMatchObject({ ok: true, value: { source: 'pipeline' } });
    }
    await first.idle();

    // A new worker: another cache and connection over the same database.
    const restarted = cacheOver(createIdbCacheStore((onTerminated) => openDecisionCacheDatabase(name, onTerminated)));
    expect(await restarted.scan({ text: texts[1]!, direction: 'inbound', site: 'chatgpt.com' })).toMatchObject({
      ok: true,
      value: { source: 'exact', summary: { action: 'redact', redactions: [{ placeholder: '[GITHUB_TOKEN_1]' }] } },
    });
    expect(await restarted.scan({ text: 'i like banana bread with butter, jam and tea', direction: 'inbound', site: 'chatgpt.com' })).toMatchObject({
      ok: true,
      value: { source: 'semantic', summary: { action: 'block' } },
    });
    await restarted.idle();

    const raw = await openDB(name);
    const records = { entries: await raw.getAll('entries'), meta: await raw.getAll('meta') };
    raw.close();
    expect(records.entries).toHaveLength(texts.length);
    const stored = dump(records).replaceAll('pii/email', '<rule>');
    for (const text of texts) for (const piece of substringsOf(text)) expect(stored).not.toContain(piece);
  });
});

describe('the decision cache wired into the background', () => {
  it('is consulted on content:scan, and keeps nothing made while the models could not load', async () => {
    fakeBrowser.reset();
    startBackground();
    const sender = { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1:8000/chat.html', tab: { id: 3 } as Browser.tabs.Tab };
    const send = async () => {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'content:scan', text: 'Please write a short poem about the sea', direction: 'inbound' }, sender);
      return reply as unknown as { ok: boolean; value: { verdict: { action: string; failedDetectors: string[]; detectorMs: Record<string, number> } } };
    };
    const first = await send();
    // No model files here: the model detectors fail, so this verdict is what could be checked now.
    expect(first.ok).toBe(true);
    expect(first.value.verdict.failedDetectors.length).toBeGreaterThan(0);
    let records = { meta: [] as unknown[], entries: [] as unknown[] };
    for (let attempt = 0; attempt < 50 && records.meta.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const raw = await openDB(DECISION_CACHE_DB_NAME);
      if (raw.objectStoreNames.contains('meta')) records = { meta: await raw.getAll('meta'), entries: await raw.getAll('entries') };
      raw.close();
    }
    expect(records.meta).toHaveLength(1);
    expect(records.entries).toEqual([]);
    const second = await send();
    expect(Object.keys(second.value.verdict.detectorMs).length).toBeGreaterThan(0);
  });
});
