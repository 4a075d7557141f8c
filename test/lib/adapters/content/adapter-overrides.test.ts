import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  browserManagedPolicy,
  browserSelectorCheck,
  createAdapterSource,
  liveAdapter,
  type AdapterSourceDeps,
} from '../../../../lib/adapters/content/adapter-overrides.ts';
import { CHATGPT_SITE } from '../../../../lib/sites/chat-sites/chatgpt.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deps(read: () => Promise<unknown>) {
  let push: (value: unknown) => void = () => undefined;
  const unwatch = vi.fn();
  const warn = vi.fn();
  const value: AdapterSourceDeps = {
    readManaged: read,
    watchManaged: (onValue) => {
      push = onValue;
      return unwatch;
    },
    isValidSelector: (selector) => !selector.includes('['),
    warn,
  };
  return { value, push: (v: unknown) => push(v), unwatch, warn };
}

describe('adapter source (managed selector overrides)', () => {
  it('serves the built-in adapter at once, and the overridden one when the policy arrives', async () => {
    const d = deps(async () => ({ chatgpt: { composer: ['div.new-composer', 'div[broken'] } }));
    const source = createAdapterSource(CHATGPT_SITE, d.value);
    expect(source.current()).toBe(CHATGPT_SITE);
    await settle();
    expect(source.current().composer[0]).toBe('div.new-composer');
    expect(source.current().composer.slice(1)).toEqual(CHATGPT_SITE.composer);
    expect(d.warn).toHaveBeenCalledWith('Rampart: managed policy selectorOverrides.chatgpt.composer[1]: not a valid CSS selector; skipped.');
  });

  it('follows policy changes, including their removal', async () => {
    const d = deps(async () => undefined);
    const source = createAdapterSource(CHATGPT_SITE, d.value);
    await settle();
    d.push({ chatgpt: { send: ['button.go'] } });
    expect(source.current().send[0]).toBe('button.go');
    d.push(undefined);
    expect(source.current()).toBe(CHATGPT_SITE);
    source.stop();
    expect(d.unwatch).toHaveBeenCalled();
    d.push({ chatgpt: { send: ['button.late'] } });
    expect(source.current()).toBe(CHATGPT_SITE);
  });

  it('gives code that takes a plain adapter a live view of the source', async () => {
    const d = deps(async () => undefined);
    const source = createAdapterSource(CHATGPT_SITE, d.value);
    const adapter = liveAdapter(source);
    expect(adapter.composer).toEqual(CHATGPT_SITE.composer);
    expect(adapter.id).toBe('chatgpt');
    d.push({ chatgpt: { reply: ['.new-reply'] } });
    expect(adapter.reply[0]).toBe('.new-reply');
    expect({ ...adapter }.hosts).toEqual(CHATGPT_SITE.hosts);
  });

  it('keeps the built-in adapter when managed storage is unavailable', async () => {
    const d = deps(() => Promise.reject(new Error('Managed storage manifest not found')));
    const source = createAdapterSource(CHATGPT_SITE, d.value);
    await settle();
    expect(source.current()).toBe(CHATGPT_SITE);
  });
});

describe('browser glue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the selectorOverrides key of managed storage and hears its changes', async () => {
    const policy = browserManagedPolicy();
    expect(await policy.readManaged()).toBeUndefined();
    const seen: unknown[] = [];
    const unwatch = policy.watchManaged((value) => seen.push(value));
    await fakeBrowser.storage.managed.set({ selectorOverrides: { poe: { composer: ['textarea'] } } });
    await fakeBrowser.storage.local.set({ selectorOverrides: 'not managed' });
    expect(await policy.readManaged()).toEqual({ poe: { composer: ['textarea'] } });
    expect(seen).toEqual([{ poe: { composer: ['textarea'] } }]);
    unwatch();
  });

  it('checks selectors with the document’s own parser', () => {
    const fragment = {
      querySelector: (selector: string) => {
        if (selector.startsWith('[')) throw new SyntaxError(selector);
        return null;
      },
    };
    const check = browserSelectorCheck({ createDocumentFragment: () => fragment } as unknown as Document);
    expect(check('div')).toBe(true);
    expect(check('[oops')).toBe(false);
  });
});
