import { describe, expect, it } from 'vitest';
import { pausedEntryFor, protectionState } from '../../../lib/popup/protection-state.ts';

describe('pausedEntryFor', () => {
  it('finds the entry for the host itself, case-insensitively', () => {
    expect(pausedEntryFor(['chatgpt.com'], 'chatgpt.com')).toBe('chatgpt.com');
    expect(pausedEntryFor(['other.example', 'chat.example.com'], 'Chat.Example.com')).toBe('chat.example.com');
  });

  it('does not match a parent or child domain, a look-alike, or no host', () => {
    expect(pausedEntryFor(['example.com'], 'chat.example.com')).toBeUndefined();
    expect(pausedEntryFor(['example.com'], 'badexample.com')).toBeUndefined();
    expect(pausedEntryFor(['chat.example.com'], 'example.com')).toBeUndefined();
    expect(pausedEntryFor(['example.com'], undefined)).toBeUndefined();
    expect(pausedEntryFor([], 'example.com')).toBeUndefined();
  });
});

describe('protectionState', () => {
  it('says not checked for a site Rampart does not know, whatever else is true', () => {
    expect(protectionState({ recognised: false, paused: true, degraded: true })).toBe('not-checked');
  });

  it('puts paused before degraded, and degraded before checked', () => {
    expect(protectionState({ recognised: true, paused: true, degraded: true })).toBe('paused');
    expect(protectionState({ recognised: true, paused: false, degraded: true })).toBe('degraded');
    expect(protectionState({ recognised: true, paused: false, degraded: false })).toBe('checked');
  });
});
