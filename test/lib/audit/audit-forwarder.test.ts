import { describe, expect, it } from 'vitest';
import { chainRecord, GENESIS_HASH } from '../../../lib/audit/audit-chain.ts';
import {
  backoffDelay,
  collectorProblem,
  createAuditForwarder,
  retryAfterMs,
  type AuditForwarderDeps,
  type ForwardingCounters,
  type OutboxStorage,
  type PostResponse,
} from '../../../lib/audit/audit-forwarder.ts';
import type { AuditRecord } from '../../../lib/audit/audit-record.ts';
import type { AuditCollector } from '../../../lib/settings/user-settings.ts';
import { entry } from './audit-fixtures.ts';

/** A clock whose timers run only when the test advances it. */
function fakeClock(start = 1_000_000) {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimer(run: () => void, ms: number) {
      nextId += 1;
      timers.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimer(handle: unknown) {
      timers.delete(handle as number);
    },
    random: () => 0.5,
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
    /** Moves time forward, running due timers in order, and lets their async work finish. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

function memoryOutbox(initial: AuditRecord[] = [], counters: ForwardingCounters = { sent: 0, dropped: 0 }): OutboxStorage & { records: Map<number, AuditRecord>; counters: ForwardingCounters } {
  const box = {
    records: new Map(initial.map((r) => [r.seq, r])),
    counters,
    async load() {
      return { records: [...box.records.values()], counters: box.counters };
    },
    async save(change: { put: AuditRecord[]; delete: number[]; counters: ForwardingCounters }) {
      for (const seq of change.delete) box.records.delete(seq);
      for (const record of change.put) box.records.set(record.seq, record);
      box.counters = change.counters;
    },
  };
  return box;
}

const COLLECTOR: AuditCollector = { url: 'https://collector.example/v1/logs', headers: { 'x-api-key': 'k-123' } };

function records(count: number, from = 1): AuditRecord[] {
  return Array.from({ length: count }, (_, n) => chainRecord(entry(from + n), from + n, GENESIS_HASH));
}

function setup(answers: Array<PostResponse | Error> = [], overrides: Partial<AuditForwarderDeps> = {}) {
  const clock = fakeClock();
  const posts: Array<{ url: string; headers: Record<string, string>; body: unknown; at: number }> = [];
  const storage = memoryOutbox();
  let collector: AuditCollector | undefined = COLLECTOR;
  const forwarder = createAuditForwarder({
    collector: async () => collector,
    post: async (url, headers, body) => {
      posts.push({ url, headers: { ...headers }, body: JSON.parse(body), at: clock.now() });
      const answer = answers.shift() ?? { status: 200 };
      if (answer instanceof Error) throw answer;
      return answer;
    },
    clock,
    serviceVersion: '0.1.0',
    storage,
    options: { batchSize: 3, intervalMs: 1_000, maxQueue: 5, baseDelayMs: 1_000, maxDelayMs: 8_000 },
    ...overrides,
  });
  const seqsOf = (post: (typeof posts)[number]) =>
    (post.body as { resourceLogs: Array<{ scopeLogs: Array<{ logRecords: Array<{ attributes: Array<{ key: string; value: { intValue?: string } }> }> }> }> }).resourceLogs[0]!.scopeLogs[0]!.logRecords.map(
      (r) => Number(r.attributes.find((a) => a.key === 'rampart.seq')!.value.intValue),
    );
  return { clock, posts, storage, forwarder, seqsOf, setCollector: (value: AuditCollector | undefined) => (collector = value) };
}

describe('audit forwarder', () => {
  it('is off without a collector: nothing is queued, nothing is posted', async () => {
    const h = setup();
    h.setCollector(undefined);
    for (const record of records(10)) await h.forwarder.enqueue(record);
    await h.clock.advance(60_000);
    expect(h.posts).toHaveLength(0);
    expect(await h.forwarder.status()).toEqual({ configured: false, sent: 0, dropped: 0, pending: 0 });
    expect(h.storage.records.size).toBe(0);
  });

  it('sends a full batch at once and a partial one after the interval, with the configured headers', async () => {
    const h = setup();
    for (const record of records(4)) await h.forwarder.enqueue(record);
    await h.clock.advance(0);
    expect(h.posts.map(h.seqsOf)).toEqual([[1, 2, 3]]);
    expect(h.posts[0]!.url).toBe(COLLECTOR.url);
    expect(h.posts[0]!.headers).toEqual({ 'x-api-key': 'k-123' });
    await h.clock.advance(999);
    expect(h.posts).toHaveLength(1);
    await h.clock.advance(1);
    expect(h.posts.map(h.seqsOf)).toEqual([[1, 2, 3], [4]]);
    expect(await h.forwarder.status()).toEqual({ configured: true, sent: 4, dropped: 0, pending: 0 });
    expect(h.storage.records.size).toBe(0);
    expect(h.storage.counters.sent).toBe(4);
  });

  it('retries network errors, 429 and 5xx with growing, jittered back-off, then delivers', async () => {
    const h = setup([new TypeError('Failed to fetch'), { status: 503 }, { status: 500 }, { status: 200 }]);
    for (const record of records(3)) await h.forwarder.enqueue(record);
    await h.clock.advance(0);
    expect(h.posts).toHaveLength(1);
    expect(await h.forwarder.status()).toMatchObject({ pending: 3, lastError: 'network error (TypeError)' });
    // random() = 0.5 → 3/4 of each ceiling: 750, 1500, 3000 ms.
    await h.clock.advance(749);
    expect(h.posts).toHaveLength(1);
    await h.clock.advance(1);
    expect(h.posts).toHaveLength(2);
    await h.clock.advance(1_500);
    expect(h.posts).toHaveLength(3);
    expect(await h.forwarder.status()).toMatchObject({ pending: 3, lastError: 'HTTP 500 (retrying)' });
    await h.clock.advance(3_000);
    expect(h.posts).toHaveLength(4);
    expect(h.posts.map(h.seqsOf)).toEqual([[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]);
    expect(await h.forwarder.status()).toEqual({ configured: true, sent: 3, dropped: 0, pending: 0 });
  });

  it('honours Retry-After on a 429 (seconds), also across new records arriving meanwhile', async () => {
    const h = setup([{ status: 429, retryAfter: '30' }]);
    for (const record of records(3)) await h.forwarder.enqueue(record);
    await h.clock.advance(0);
    for (const record of records(2, 4)) await h.forwarder.enqueue(record);
    await h.clock.advance(29_999);
    expect(h.posts).toHaveLength(1);
    await h.clock.advance(1);
    expect(h.posts).toHaveLength(2);
    await h.clock.advance(1_000);
    expect(h.posts.map(h.seqsOf)).toEqual([[1, 2, 3], [1, 2, 3], [4, 5]]);
  });

  it('drops a batch the collector refuses (4xx other than 429) and goes on with the next', async () => {
    const h = setup([{ status: 400 }]);
    for (const record of records(5)) await h.forwarder.enqueue(record);
    await h.clock.advance(1_000);
    expect(h.posts.map(h.seqsOf)).toEqual([[1, 2, 3], [4, 5]]);
    expect(await h.forwarder.status()).toEqual({ configured: true, sent: 2, dropped: 3, pending: 0 });
  });

  it('the queue is bounded: the oldest are dropped and counted', async () => {
    const h = setup([{ status: 503 }, { status: 503 }, { status: 503 }]);
    for (const record of records(8)) await h.forwarder.enqueue(record);
    const status = await h.forwarder.status();
    expect(status).toMatchObject({ pending: 5, dropped: 3 });
    expect([...h.storage.records.keys()].sort()).toEqual([4, 5, 6, 7, 8]);
  });

  it('a restarted worker picks up the persisted queue and counters, back-off included', async () => {
    const clock = fakeClock();
    const storage = memoryOutbox(records(2), { sent: 7, dropped: 1, lastError: 'HTTP 503 (retrying)', retryAt: clock.now() + 10_000 });
    const posts: string[] = [];
    const forwarder = createAuditForwarder({
      collector: async () => COLLECTOR,
      post: async (_url, _headers, body) => {
        posts.push(body);
        return { status: 204 };
      },
      clock,
      serviceVersion: '0.1.0',
      storage,
      options: { intervalMs: 1_000 },
    });
    expect(await forwarder.status()).toEqual({ configured: true, sent: 7, dropped: 1, pending: 2, lastError: 'HTTP 503 (retrying)' });
    await clock.advance(9_999);
    expect(posts).toHaveLength(0);
    await clock.advance(1);
    expect(posts).toHaveLength(1);
    expect(await forwarder.status()).toEqual({ configured: true, sent: 9, dropped: 1, pending: 0 });
  });

  it('never sends to a collector URL that is not https (http only on localhost), and says why', async () => {
    const h = setup();
    h.setCollector({ url: 'http://collector.example/v1/logs', headers: {} });
    for (const record of records(3)) await h.forwarder.enqueue(record);
    await h.clock.advance(10_000);
    expect(h.posts).toHaveLength(0);
    expect(await h.forwarder.status()).toMatchObject({ configured: false, lastError: 'the collector URL must use https (http only for localhost)' });
  });

  it('a failing store or collector setting never rejects', async () => {
    const h = setup([], {
      storage: {
        load: async () => Promise.reject(new Error('idb closed')),
        save: async () => Promise.reject(new Error('quota')),
      },
    });
    await expect(h.forwarder.enqueue(records(1)[0]!)).resolves.toBeUndefined();
    await h.clock.advance(1_000);
    expect(h.posts).toHaveLength(1);
    const broken = setup([], { collector: () => Promise.reject(new Error('settings')) });
    await expect(broken.forwarder.enqueue(records(1)[0]!)).resolves.toBeUndefined();
    await expect(broken.forwarder.flush()).resolves.toBeUndefined();
  });
});

describe('forwarder helpers', () => {
  it('collectorProblem: https anywhere, http on this machine only, no credentials in the URL, sane headers', () => {
    expect(collectorProblem({ url: 'https://c.example/v1/logs', headers: {} })).toBeUndefined();
    expect(collectorProblem({ url: 'http://localhost:4318/v1/logs', headers: {} })).toBeUndefined();
    expect(collectorProblem({ url: 'http://127.0.0.1:4318/v1/logs', headers: {} })).toBeUndefined();
    expect(collectorProblem({ url: 'http://c.example/v1/logs', headers: {} })).toMatch(/https/);
    expect(collectorProblem({ url: 'ftp://c.example', headers: {} })).toMatch(/https/);
    expect(collectorProblem({ url: 'not a url', headers: {} })).toMatch(/not a URL/);
    expect(collectorProblem({ url: 'https://u:p@c.example/', headers: {} })).toMatch(/credentials/);
    expect(collectorProblem({ url: 'https://c.example/', headers: { 'x-key': 'a\r\nInjected: 1' } })).toMatch(/header "x-key"/);
    expect(collectorProblem({ url: 'https://c.example/', headers: { 'bad name': 'v' } })).toMatch(/header "\?"/);
  });

  it('retryAfterMs reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs(new Date(0).toUTCString(), 60_000)).toBe(0);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });

  it('backoffDelay doubles up to the cap, half fixed and half random', () => {
    const options = { baseDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 0, options))).toEqual([500, 1_000, 2_000, 4_000, 5_000]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 1, options))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
  });
});
