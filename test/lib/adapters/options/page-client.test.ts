import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askBackground } from '../../../../lib/adapters/options/page-client.ts';

describe('askBackground', () => {
  afterEach(() => fakeBrowser.reset());

  it('sends the type with the body and reads the answer', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { days: [] } }));
    expect(await askBackground('page:stats', { days: 7 }, send)).toEqual({ ok: true, value: { days: [] } });
    expect(send).toHaveBeenCalledWith({ days: 7, type: 'page:stats' });
  });

  it('never rejects: a throwing send, a junk answer and no listener are errors', async () => {
    expect(await askBackground('page:stats', {}, async () => Promise.reject(new Error('port closed')))).toEqual({ ok: false, error: 'port closed' });
    expect((await askBackground('page:stats', {}, async () => 'junk')).ok).toBe(false);
    expect((await askBackground('page:settings-get')).ok).toBe(false);
  });

  it('uses runtime messaging by default', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => ({ ok: true, value: (message as { type: string }).type }));
    expect(await askBackground('page:settings-get')).toEqual({ ok: true, value: 'page:settings-get' });
  });
});
