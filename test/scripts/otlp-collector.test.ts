import { afterEach, describe, expect, it } from 'vitest';
import { fetchOtlpPost } from '../../lib/adapters/background/otlp-transport.ts';
import { chainRecord, GENESIS_HASH } from '../../lib/audit/audit-chain.ts';
import { createAuditForwarder, type AuditForwarder } from '../../lib/audit/audit-forwarder.ts';
import type { AuditRecord } from '../../lib/audit/audit-record.ts';
// @ts-expect-error -- plain .mjs script without type declarations
import { receivedLogRecords, startOtlpCollector } from '../../scripts/otlp-collector.mjs';
import { entry } from '../lib/audit/audit-fixtures.ts';

interface Collector {
  url: string;
  origin: string;
  received: Array<{ headers: Record<string, string>; payload: unknown }>;
  requests: string[];
  failNext(count: number, status?: number, retryAfter?: string): void;
  waitFor(count: number, timeoutMs?: number): Promise<Array<{ headers: Record<string, string>; payload: unknown }>>;
  close(): Promise<void>;
}

type LogRecord = { timeUnixNano: string; severityText: string; attributes: Array<{ key: string; value: { intValue?: string; stringValue?: string } }> };
const seqs = (received: Collector['received']): number[] =>
  (receivedLogRecords(received) as LogRecord[]).map((record) => Number(record.attributes.find((a) => a.key === 'rampart.seq')!.value.intValue));

function chain(count: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    records.push(chainRecord(entry(seq), seq, prev));
    prev = records.at(-1)!.hash;
  }
  return records;
}

/** The collector answers before the forwarder has read the answer: wait for the forwarder to settle. */
async function drained(forwarder: AuditForwarder) {
  for (let tries = 0; tries < 200; tries += 1) {
    const status = await forwarder.status();
    if (status.pending === 0) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return forwarder.status();
}

/** The forwarder as the background wires it, with real timers and Node's fetch, but short delays. */
function realForwarder(url: string, headers: Record<string, string> = {}): AuditForwarder {
  return createAuditForwarder({
    collector: async () => ({ url, headers }),
    post: fetchOtlpPost(fetch, 2_000),
    clock: { now: () => Date.now(), setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>), random: () => Math.random() },
    serviceVersion: '0.1.0',
    options: { batchSize: 3, intervalMs: 30, baseDelayMs: 50, maxDelayMs: 200 },
  });
}

describe('local OTLP collector + forwarder + fetch transport', () => {
  let collector: Collector | undefined;
  afterEach(async () => {
    await collector?.close();
    collector = undefined;
  });

  it('answers a CORS preflight for an extension origin, the API key header included', async () => {
    collector = (await startOtlpCollector()) as Collector;
    const preflight = await fetch(collector.url, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abcdefghijklmnop', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-api-key');
    expect(preflight.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('receives real batches in order, with the resource, the headers and every record once', async () => {
    collector = (await startOtlpCollector()) as Collector;
    const forwarder = realForwarder(collector.url, { 'x-api-key': 'test-key' });
    for (const record of chain(7)) await forwarder.enqueue(record);
    const received = await collector.waitFor(3);
    expect(seqs(received)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(received.map((r) => (r.payload as { resourceLogs: Array<{ scopeLogs: Array<{ logRecords: unknown[] }> }> }).resourceLogs[0]!.scopeLogs[0]!.logRecords.length)).toEqual([3, 3, 1]);
    expect(received[0]!.headers['x-api-key']).toBe('test-key');
    expect(received[0]!.headers['content-type']).toBe('application/json');
    const resource = (received[0]!.payload as { resourceLogs: Array<{ resource: unknown }> }).resourceLogs[0]!.resource;
    expect(resource).toEqual({ attributes: [{ key: 'service.name', value: { stringValue: 'rampart' } }, { key: 'service.version', value: { stringValue: '0.1.0' } }] });
    expect((receivedLogRecords(received) as LogRecord[])[0]).toMatchObject({ timeUnixNano: '1700000001000000000', severityText: 'ERROR' });
    expect(await drained(forwarder)).toEqual({ configured: true, sent: 7, dropped: 0, pending: 0 });
    // What the browser tests read from outside the Node process.
    const listed = (await (await fetch(`${collector.origin}/received`)).json()) as unknown[];
    expect(listed).toHaveLength(3);
  });

  it('retries after 503s and delivers every record exactly once', async () => {
    collector = (await startOtlpCollector({ failFirst: 2 })) as Collector;
    const forwarder = realForwarder(collector.url);
    for (const record of chain(3)) await forwarder.enqueue(record);
    const received = await collector.waitFor(1, 5_000);
    expect(collector.requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /v1/logs 503', 'POST /v1/logs 503', 'POST /v1/logs 200']);
    expect(seqs(received)).toEqual([1, 2, 3]);
    expect(await drained(forwarder)).toEqual({ configured: true, sent: 3, dropped: 0, pending: 0 });
  });

  it('honours a Retry-After from the collector', async () => {
    collector = (await startOtlpCollector()) as Collector;
    collector.failNext(1, 429, '1');
    const forwarder = realForwarder(collector.url);
    const started = Date.now();
    for (const record of chain(3)) await forwarder.enqueue(record);
    await collector.waitFor(1, 5_000);
    // Back-off alone would have retried within 200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('a refused batch (400) is dropped and counted, the next one still goes', async () => {
    collector = (await startOtlpCollector()) as Collector;
    collector.failNext(1, 400);
    const forwarder = realForwarder(collector.url);
    for (const record of chain(4)) await forwarder.enqueue(record);
    const received = await collector.waitFor(1, 5_000);
    expect(seqs(received)).toEqual([4]);
    expect(await drained(forwarder)).toEqual({ configured: true, sent: 1, dropped: 3, pending: 0 });
  });
});
