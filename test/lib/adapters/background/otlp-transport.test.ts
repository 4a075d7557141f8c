import { describe, expect, it } from 'vitest';
import { fetchOtlpPost } from '../../../../lib/adapters/background/otlp-transport.ts';

describe('OTLP fetch transport', () => {
  it('POSTs JSON without credentials, with the configured headers, a timeout signal and no redirects', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{"partialSuccess":{}}', { status: 200 });
    }) as unknown as typeof fetch;
    const post = fetchOtlpPost(fakeFetch, 1_000);
    expect(await post('https://c.example/v1/logs', { 'x-api-key': 'k', 'content-type': 'text/plain' }, '{"resourceLogs":[]}')).toEqual({ status: 200, retryAfter: null });
    const { init } = calls[0]!;
    expect(init).toMatchObject({ method: 'POST', body: '{"resourceLogs":[]}', credentials: 'omit', redirect: 'error' });
    expect(init.headers).toEqual({ 'x-api-key': 'k', 'Content-Type': 'application/json' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('passes the status and Retry-After through, and rejects on a network error', async () => {
    const busy = fetchOtlpPost((async () => new Response('', { status: 429, headers: { 'Retry-After': '12' } })) as unknown as typeof fetch);
    expect(await busy('https://c.example', {}, '{}')).toEqual({ status: 429, retryAfter: '12' });
    const down = fetchOtlpPost((async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch);
    await expect(down('https://c.example', {}, '{}')).rejects.toThrow(TypeError);
  });

  it('aborts a collector that does not answer in time', async () => {
    const hanging = fetchOtlpPost(((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch, 20);
    await expect(hanging('https://c.example', {}, '{}')).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
