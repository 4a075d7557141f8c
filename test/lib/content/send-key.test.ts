import { describe, expect, it } from 'vitest';
import { isSendKey, type KeyLike } from '../../../lib/content/send-key.ts';

const key = (overrides: Partial<KeyLike> = {}): KeyLike => ({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, isTrusted: true, ...overrides });

describe('isSendKey', () => {
  it('is a trusted Enter without Shift', () => {
    expect(isSendKey(key())).toBe(true);
  });

  it('ignores Shift+Enter (new line), other keys and untrusted events', () => {
    expect(isSendKey(key({ shiftKey: true }))).toBe(false);
    expect(isSendKey(key({ shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isSendKey(key({ key: 'a', keyCode: 65 }))).toBe(false);
    expect(isSendKey(key({ isTrusted: false }))).toBe(false);
  });

  it('ignores Enter that confirms an IME composition', () => {
    expect(isSendKey(key({ isComposing: true }))).toBe(false);
    expect(isSendKey(key({ keyCode: 229 }))).toBe(false);
    expect(isSendKey(key({ keyCode: 229, ctrlKey: true }))).toBe(false);
  });

  it('catches Ctrl/Cmd+Enter by default, and only where a site lists it', () => {
    expect(isSendKey(key({ ctrlKey: true }))).toBe(true);
    expect(isSendKey(key({ metaKey: true }))).toBe(true);
    expect(isSendKey(key({ ctrlKey: true }), ['Enter'])).toBe(false);
    expect(isSendKey(key(), ['Mod+Enter'])).toBe(false);
    expect(isSendKey(key({ metaKey: true }), ['Mod+Enter'])).toBe(true);
  });
});
