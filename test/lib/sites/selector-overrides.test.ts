import { describe, expect, it } from 'vitest';
import {
  MAX_SELECTOR_CHARS,
  MAX_SELECTORS_PER_LIST,
  parseSelectorOverrides,
  withSelectorOverrides,
} from '../../../lib/sites/selector-overrides.ts';
import { CHATGPT_SITE } from '../../../lib/sites/chat-sites/chatgpt.ts';

/** Stands in for the browser's selector parser: anything with unbalanced brackets is invalid. */
const looksValid = (selector: string) => !/[[(]$|^[>~+]|\[[^\]]*$/.test(selector) && !selector.includes('!!');

describe('parseSelectorOverrides', () => {
  it('keeps valid partial lists per adapter id', () => {
    const parsed = parseSelectorOverrides(
      { chatgpt: { composer: ['div#new-composer', ' textarea.fallback '], send: ['button.go'] }, claude: { reply: ['.answer'] } },
      looksValid,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.overrides).toEqual({
      chatgpt: { composer: ['div#new-composer', 'textarea.fallback'], send: ['button.go'] },
      claude: { reply: ['.answer'] },
    });
  });

  it('accepts the same object as a JSON string', () => {
    const parsed = parseSelectorOverrides(JSON.stringify({ poe: { composer: ['textarea.x'] } }), looksValid);
    expect(parsed.overrides).toEqual({ poe: { composer: ['textarea.x'] } });
  });

  it('skips invalid selectors and bad entries, reports each, and keeps the rest', () => {
    const parsed = parseSelectorOverrides(
      {
        chatgpt: { composer: ['div[broken', 'div.ok', 42, '', 'x'.repeat(MAX_SELECTOR_CHARS + 1), 'div.ok'], colour: ['red'], send: 'button' },
        'Not An Id!': { composer: ['div'] },
        grok: ['textarea'],
        mistral: { composer: ['!!'] },
      },
      looksValid,
    );
    expect(parsed.overrides).toEqual({ chatgpt: { composer: ['div.ok'] } });
    expect(parsed.problems).toEqual([
      'selectorOverrides.chatgpt.composer[0]: not a valid CSS selector',
      'selectorOverrides.chatgpt.composer[2]: not a selector (empty, too long or not a string)',
      'selectorOverrides.chatgpt.composer[3]: not a selector (empty, too long or not a string)',
      'selectorOverrides.chatgpt.composer[4]: not a selector (empty, too long or not a string)',
      'selectorOverrides.chatgpt.colour: unknown list (expected composer, send, streaming, reply, userMessage)',
      'selectorOverrides.chatgpt.send: must be a list of selectors',
      'selectorOverrides: "Not An Id!" is not an adapter id',
      'selectorOverrides.grok: must be an object of selector lists',
      'selectorOverrides.mistral.composer[0]: not a valid CSS selector',
    ]);
  });

  it('caps each list', () => {
    const many = Array.from({ length: MAX_SELECTORS_PER_LIST + 5 }, (_, i) => `div.c${i}`);
    const parsed = parseSelectorOverrides({ poe: { composer: many } }, looksValid);
    expect(parsed.overrides.poe?.composer).toHaveLength(MAX_SELECTORS_PER_LIST);
    expect(parsed.problems).toEqual([`selectorOverrides.poe.composer: only the first ${MAX_SELECTORS_PER_LIST} selectors are used`]);
  });

  it('treats a missing policy as no overrides and garbage as a problem, never a throw', () => {
    expect(parseSelectorOverrides(undefined, looksValid)).toEqual({ overrides: {}, problems: [] });
    expect(parseSelectorOverrides('{not json', looksValid).problems).toEqual(['selectorOverrides: not valid JSON']);
    expect(parseSelectorOverrides([1, 2], looksValid).overrides).toEqual({});
    expect(parseSelectorOverrides(7, looksValid).problems).toHaveLength(1);
  });

  it('does not let a policy key reach the prototype', () => {
    const parsed = parseSelectorOverrides(JSON.parse('{"__proto__": {"composer": ["div"]}}'), looksValid);
    expect(parsed.overrides).toEqual({});
    expect(({} as Record<string, unknown>).composer).toBeUndefined();
  });
});

describe('withSelectorOverrides', () => {
  it('puts the admin’s selectors before the built-in ones, once each', () => {
    const merged = withSelectorOverrides(CHATGPT_SITE, { chatgpt: { composer: ['div#new', CHATGPT_SITE.composer[1]!] } });
    expect(merged.composer[0]).toBe('div#new');
    expect(merged.composer[1]).toBe(CHATGPT_SITE.composer[1]);
    expect(merged.composer).toHaveLength(CHATGPT_SITE.composer.length + 1);
    expect(merged.send).toBe(CHATGPT_SITE.send);
    expect(CHATGPT_SITE.composer[0]).not.toBe('div#new');
  });

  it('leaves other adapters as they are', () => {
    expect(withSelectorOverrides(CHATGPT_SITE, { claude: { composer: ['div'] } })).toBe(CHATGPT_SITE);
    expect(withSelectorOverrides(CHATGPT_SITE, {})).toBe(CHATGPT_SITE);
  });
});
