import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { describeSendError, requestContentSettings, requestReplyScan, requestScan } from '../../../../lib/adapters/content/scan-client.ts';
import { summary } from '../../../support/verdict-fixtures.ts';

const goodReply = { ok: true, value: { verdict: summary('warn'), ruleMessages: {} } };

describe('requestScan', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends content:scan (inbound) through runtime messaging and parses the reply', async () => {
    const listener = vi.fn(async () => goodReply);
    fakeBrowser.runtime.onMessage.addListener(listener);
    const result = await requestScan('hello');
    expect(listener).toHaveBeenCalledWith({ type: 'content:scan', text: 'hello', direction: 'inbound' }, expect.anything());
    expect(result).toMatchObject({ ok: true, value: { verdict: { action: 'warn' } } });
  });

  it('turns silence into a timeout error', async () => {
    vi.useFakeTimers();
    try {
      const pending = requestScan('hello', 1_000, () => new Promise(() => undefined));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await pending).toEqual({ ok: false, error: 'no answer within 1 s' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns a rejected or throwing send into an error result', async () => {
    expect(await requestScan('x', 1_000, async () => Promise.reject(new Error('Could not establish connection')))).toEqual({
      ok: false,
      error: 'Could not establish connection',
    });
    const throwing = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await requestScan('x', 1_000, throwing)).toEqual({ ok: false, error: describeSendError(new Error('Extension context invalidated.')) });
  });

  it('treats a malformed or missing reply as an error', async () => {
    expect((await requestScan('x', 1_000, async () => undefined)).ok).toBe(false);
    expect((await requestScan('x', 1_000, async () => ({ ok: true, value: 'allow' }))).ok).toBe(false);
  });
});

describe('describeSendError', () => {
  it('tells the user what to do when the extension went away', () => {
    expect(describeSendError(new Error('Extension context invalidated.'))).toMatch(/reload the page/);
    expect(describeSendError('boom')).toBe('boom');
  });
});

describe('requestWarmUp', () => {
  it('sends content:warm and swallows a failure (a hint, not a request)', async () => {
    const { requestWarmUp } = await import('../../../../lib/adapters/content/scan-client.ts');
    const sent: unknown[] = [];
    requestWarmUp(async (message) => {
      sent.push(message);
      throw new Error('no listener');
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([{ type: 'content:warm' }]);
  });
});

describe('requestReplyScan', () => {
  it('sends an outbound scan with the window scope and the end of the conversation text', async () => {
    const sent: unknown[] = [];
    const result = await requestReplyScan({ text: 'part', scope: 'window', conversationText: `${'x'.repeat(25_000)}prompt` }, 1_000, async (message) => {
      sent.push(message);
      return goodReply;
    });
    expect(result.ok).toBe(true);
    const message = sent[0] as { type: string; direction: string; scope: string; conversationText: string };
    expect(message).toMatchObject({ type: 'content:scan', text: 'part', direction: 'outbound', scope: 'window' });
    expect(message.conversationText).toHaveLength(20_000);
    expect(message.conversationText.endsWith('prompt')).toBe(true);
  });

  it('sends a full scan without a scope, and never rejects', async () => {
    const sent: unknown[] = [];
    await requestReplyScan({ text: 'all', scope: 'full' }, 1_000, async (message) => {
      sent.push(message);
      return goodReply;
    });
    expect(sent).toEqual([{ type: 'content:scan', text: 'all', direction: 'outbound' }]);
    expect(await requestReplyScan({ text: 'x', scope: 'full' }, 1_000, async () => Promise.reject(new Error('gone')))).toEqual({ ok: false, error: 'gone' });
  });
});

describe('requestContentSettings', () => {
  it('asks with a text-free message and parses the answer', async () => {
    const sent: unknown[] = [];
    const result = await requestContentSettings(1_000, async (message) => {
      sent.push(message);
      return { ok: true, value: { profileId: 'kids' } };
    });
    expect(sent).toEqual([{ type: 'content:settings' }]);
    expect(result).toEqual({ ok: true, value: { profileId: 'kids', blurWhileStreaming: true, hideBlocked: true, paused: false, overrides: { sendAnyway: true, loadAnyway: true } } });
    expect((await requestContentSettings(1_000, async () => undefined)).ok).toBe(false);
  });
});
