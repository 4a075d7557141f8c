import { describe, expect, it } from 'vitest';
import { MAX_CONVERSATION_CHARS } from '../../../lib/core/limits.ts';
import { MAX_RESOURCE_URLS_PER_CHECK, parseResourceMessage } from '../../../lib/exfil/resource-messages.ts';
import { parseMessage } from '../../../lib/messaging/messages.ts';

const URL_A = 'https://images.example/cat.png';

describe('parseResourceMessage', () => {
  it('accepts a resource check and keeps only the recent end of the conversation', () => {
    const long = 'x'.repeat(MAX_CONVERSATION_CHARS + 10);
    const parsed = parseResourceMessage({ type: 'content:resource-check', urls: [URL_A], inReply: true, conversationText: long });
    expect(parsed).toMatchObject({ ok: true, value: { type: 'content:resource-check', urls: [URL_A], inReply: true } });
    expect(parsed.ok && parsed.value.type === 'content:resource-check' && parsed.value.conversationText?.length).toBe(MAX_CONVERSATION_CHARS);
  });

  it.each([
    ['no URLs', { urls: [], inReply: true }],
    ['too many URLs', { urls: Array.from({ length: MAX_RESOURCE_URLS_PER_CHECK + 1 }, () => URL_A), inReply: true }],
    ['a non-http URL', { urls: ['data:image/png;base64,AA'], inReply: true }],
    ['a non-string URL', { urls: [42], inReply: true }],
    ['no inReply', { urls: [URL_A] }],
    ['a non-string conversation', { urls: [URL_A], inReply: false, conversationText: 5 }],
  ])('refuses a check with %s', (_name, fields) => {
    expect(parseResourceMessage({ type: 'content:resource-check', ...fields }).ok).toBe(false);
  });

  it('accepts one http(s) URL to allow, nothing else', () => {
    expect(parseResourceMessage({ type: 'content:resource-allow', url: URL_A })).toEqual({ ok: true, value: { type: 'content:resource-allow', url: URL_A } });
    expect(parseResourceMessage({ type: 'content:resource-allow', url: 'javascript:1' }).ok).toBe(false);
    expect(parseResourceMessage({ type: 'content:resource-allow' }).ok).toBe(false);
  });

  it('is what parseMessage uses for both types', () => {
    expect(parseMessage({ type: 'content:resource-allow', url: URL_A })).toMatchObject({ ok: true });
    expect(parseMessage({ type: 'content:resource-check', urls: ['ftp://x.example/a'], inReply: true })).toMatchObject({ ok: false });
  });
});
