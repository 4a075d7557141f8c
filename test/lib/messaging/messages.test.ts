import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, parseMessage } from '../../../lib/messaging/messages.ts';

describe('parseMessage', () => {
  it('accepts the typed messages', () => {
    expect(parseMessage({ type: 'content:scan', text: 'hi', direction: 'inbound', extra: 1 })).toEqual({
      ok: true,
      value: { type: 'content:scan', text: 'hi', direction: 'inbound' },
    });
    expect(parseMessage({ type: 'popup:recent', tabId: 7 })).toEqual({ ok: true, value: { type: 'popup:recent', tabId: 7 } });
  });

  it("keeps a reply's conversation text, only its recent end", () => {
    const long = `${'x'.repeat(30_000)}the end`;
    const parsed = parseMessage({ type: 'content:scan', text: 'reply', direction: 'outbound', conversationText: long });
    expect(parsed.ok && parsed.value.type === 'content:scan' && parsed.value.conversationText?.length).toBe(20_000);
    expect(parsed.ok && parsed.value.type === 'content:scan' && parsed.value.conversationText?.endsWith('the end')).toBe(true);
  });

  it('carries a reply window scope and the text-free settings request', () => {
    expect(parseMessage({ type: 'content:scan', text: 'part', direction: 'outbound', scope: 'window' })).toEqual({
      ok: true,
      value: { type: 'content:scan', text: 'part', direction: 'outbound', scope: 'window' },
    });
    expect(parseMessage({ type: 'content:scan', text: 'all', direction: 'outbound', scope: 'full' })).toEqual({
      ok: true,
      value: { type: 'content:scan', text: 'all', direction: 'outbound' },
    });
    expect(parseMessage({ type: 'content:settings', text: 'ignored' })).toEqual({ ok: true, value: { type: 'content:settings' } });
  });

  it('carries a prompt pre-scan flag (prompts only) and the text-free health messages', () => {
    expect(parseMessage({ type: 'content:scan', text: 'typing', direction: 'inbound', purpose: 'prescan' })).toEqual({
      ok: true,
      value: { type: 'content:scan', text: 'typing', direction: 'inbound', purpose: 'prescan' },
    });
    expect(parseMessage({ type: 'content:scan', text: 'r', direction: 'outbound', purpose: 'prescan' })).toEqual({
      ok: true,
      value: { type: 'content:scan', text: 'r', direction: 'outbound' },
    });
    expect(parseMessage({ type: 'content:health', state: 'degraded', missing: ['composer'], text: 'dropped' })).toEqual({
      ok: true,
      value: { type: 'content:health', state: 'degraded', missing: ['composer'] },
    });
    expect(parseMessage({ type: 'popup:health', tabId: 3 })).toEqual({ ok: true, value: { type: 'popup:health', tabId: 3 } });
  });

  it.each([
    ['a health report with an unknown part', { type: 'content:health', state: 'degraded', missing: ['typed text'] }],
    ['an inconsistent health report', { type: 'content:health', state: 'ok', missing: ['composer'] }],
    ['a health request without a tab', { type: 'popup:health' }],
    ['null', null],
    ['a string', 'content:scan'],
    ['an unknown type', { type: 'content:exec', text: 'x' }],
    ['missing text', { type: 'content:scan', direction: 'inbound' }],
    ['non-string text', { type: 'content:scan', text: 5, direction: 'inbound' }],
    ['a bad direction', { type: 'content:scan', text: 'x', direction: 'up' }],
    ['non-string conversation text', { type: 'content:scan', text: 'x', direction: 'outbound', conversationText: 5 }],
    ['a non-integer tab', { type: 'popup:recent', tabId: '7' }],
    ['an unknown scope', { type: 'content:scan', text: 'x', direction: 'outbound', scope: 'half' }],
    ['a window of a prompt', { type: 'content:scan', text: 'x', direction: 'inbound', scope: 'window' }],
    ['an oversized text', { type: 'content:scan', text: 'x'.repeat(MAX_MESSAGE_CHARS + 1), direction: 'inbound' }],
  ])('rejects %s with a reason', (_name, raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});
