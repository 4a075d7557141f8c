import { describe, expect, it, vi } from 'vitest';
import { requestResourceAllow, requestResourceCheck } from '../../../../lib/adapters/content/resource-client.ts';

const result = { url: 'https://a.example/p', host: 'a.example', outcome: 'allowed', reasons: [] };

describe('resource client', () => {
  it('sends the check and returns the validated results', async () => {
    const send = vi.fn(async () => ({ ok: true, value: [result] }));
    expect(await requestResourceCheck(['https://a.example/p'], true, 'hello', 1_000, send)).toEqual({ ok: true, value: [result] });
    expect(send).toHaveBeenCalledWith({ type: 'content:resource-check', urls: ['https://a.example/p'], inReply: true, conversationText: 'hello' });
  });

  it('leaves out an empty conversation', async () => {
    const send = vi.fn(async () => ({ ok: true, value: [] }));
    await requestResourceCheck(['https://a.example/p'], false, '', 1_000, send);
    expect(send).toHaveBeenCalledWith({ type: 'content:resource-check', urls: ['https://a.example/p'], inReply: false });
  });

  it('turns a dead extension, a malformed answer and silence into errors, never a rejection', async () => {
    const dead = await requestResourceCheck(['https://a.example/p'], true, '', 1_000, async () => {
      throw new Error('Extension context invalidated.');
    });
    expect(dead).toMatchObject({ ok: false, error: expect.stringContaining('reload the page') });
    // A send that throws before returning a promise (no runtime at all) is an error too.
    const thrown = await requestResourceAllow('https://a.example/p', 1_000, () => {
      throw new Error('runtime.sendMessage is not available');
    });
    expect(thrown).toEqual({ ok: false, error: 'runtime.sendMessage is not available' });
    expect((await requestResourceCheck(['https://a.example/p'], true, '', 1_000, async () => ({ ok: true, value: 'x' }))).ok).toBe(false);
    vi.useFakeTimers();
    try {
      const silent = requestResourceCheck(['https://a.example/p'], true, '', 2_000, () => new Promise(() => undefined));
      await vi.advanceTimersByTimeAsync(2_000);
      expect(await silent).toEqual({ ok: false, error: 'no answer within 2 s' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks to allow one URL and reports the answer', async () => {
    const send = vi.fn(async () => ({ ok: true, value: null }));
    expect(await requestResourceAllow('https://a.example/p', 1_000, send)).toEqual({ ok: true, value: null });
    expect(send).toHaveBeenCalledWith({ type: 'content:resource-allow', url: 'https://a.example/p' });
    expect(await requestResourceAllow('https://a.example/p', 1_000, async () => ({ ok: false, error: 'refused' }))).toEqual({ ok: false, error: 'refused' });
  });
});
