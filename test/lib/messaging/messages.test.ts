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

  it.each([
    ['null', null],
    ['a string', 'content:scan'],
    ['an unknown type', { type: 'content:exec', text: 'x' }],
    ['missing text', { type: 'content:scan', direction: 'inbound' }],
    ['non-string text', { type: 'content:scan', text: 5, direction: 'inbound' }],
    ['a bad direction', { type: 'content:scan', text: 'x', direction: 'up' }],
    ['a non-integer tab', { type: 'popup:recent', tabId: '7' }],
    ['an oversized text', { type: 'content:scan', text: 'x'.repeat(MAX_MESSAGE_CHARS + 1), direction: 'inbound' }],
  ])('rejects %s with a reason', (_name, raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});
