import { describe, expect, it } from 'vitest';
import { createConversationIds, DEFAULT_BIND_WINDOW_MS, isConversationPath } from '../../../lib/content/vault-conversation-id.ts';

function ids() {
  let clock = 0;
  let n = 0;
  const conversationIds = createConversationIds({ newDraftId: () => `d${(n += 1)}`, now: () => clock });
  return { ...conversationIds, tick: (ms: number) => (clock += ms) };
}

describe('isConversationPath', () => {
  it('recognises paths that name a conversation', () => {
    for (const path of ['/c/6f1e2a3b-0c4d-4e5f-8a9b-0c1d2e3f4a5b', '/chat/a1b2c3d4', '/app/0f3a9c12ab', '/a/chat/s/abcd-1234-ef']) {
      expect(isConversationPath(path), path).toBe(true);
    }
    for (const path of ['/', '', '/new', '/chat', '/app', '/chat.html', '/GPT-4o']) {
      expect(isConversationPath(path), path).toBe(false);
    }
  });
});

describe('createConversationIds', () => {
  it('uses the path for a conversation page and one draft id for pages without one', () => {
    const c = ids();
    expect(c.idFor('/c/abc12345')).toBe('path:/c/abc12345');
    expect(c.idFor('/')).toBe('draft:d1');
    expect(c.idFor('/new')).toBe('draft:d1');
  });

  it('binds a used draft to the conversation the app creates for it, so its reply restores', () => {
    const c = ids();
    c.markUsed('/');
    c.tick(3_000);
    expect(c.idFor('/c/new00001')).toBe('draft:d1');
    expect(c.idFor('/c/new00001')).toBe('draft:d1');
    // The next new chat is a new draft; the bound conversation keeps the old one.
    expect(c.idFor('/')).toBe('draft:d2');
    c.tick(10 * DEFAULT_BIND_WINDOW_MS);
    expect(c.idFor('/c/new00001')).toBe('draft:d1');
  });

  it('does not bind an unused draft, nor one used longer ago than the bind window', () => {
    const c = ids();
    expect(c.idFor('/c/other001')).toBe('path:/c/other001');
    c.markUsed('/');
    c.tick(DEFAULT_BIND_WINDOW_MS + 1);
    expect(c.idFor('/c/late0001')).toBe('path:/c/late0001');
  });

  it('marking a conversation page used does not arm the draft', () => {
    const c = ids();
    c.markUsed('/c/abc12345');
    expect(c.idFor('/c/xyz12345')).toBe('path:/c/xyz12345');
  });

  it('keeps ids within the vault limit', () => {
    const c = ids();
    expect(c.idFor(`/c/${'a1'.repeat(300)}`).length).toBeLessThanOrEqual(256);
  });
});
