import { describe, expect, it } from 'vitest';
import { BASE_REPLY_CSS, installReplyStyle, preBlurCss, REPLY_ATTRIBUTE } from '../../../../lib/adapters/content/reply-style.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

class FakeSheet {
  css = '';
  replaceSync(css: string): void {
    this.css = css;
  }
}

describe('preBlurCss', () => {
  it('covers each reply selector not yet looked at, one rule per selector', () => {
    const css = preBlurCss(['[data-message-author-role="assistant"]', 'div.markdown, .prose']);
    expect(css.split('\n')).toEqual([
      `:is([data-message-author-role="assistant"]):not([${REPLY_ATTRIBUTE}]) { filter: blur(9px) !important; user-select: none !important; pointer-events: none !important; }`,
      `:is(div.markdown, .prose):not([${REPLY_ATTRIBUTE}]) { filter: blur(9px) !important; user-select: none !important; pointer-events: none !important; }`,
    ]);
  });

  it('drops a selector that could break out of its rule', () => {
    expect(preBlurCss(['p } body { display: none', '.ok'])).toBe(
      `:is(.ok):not([${REPLY_ATTRIBUTE}]) { filter: blur(9px) !important; user-select: none !important; pointer-events: none !important; }`,
    );
  });
});

describe('installReplyStyle', () => {
  it('adopts a constructed stylesheet, keeps it adopted, and removes it', () => {
    const doc = { adoptedStyleSheets: [] as unknown[], defaultView: { CSSStyleSheet: FakeSheet } };
    const style = installReplyStyle(doc as unknown as Document);
    style.set(BASE_REPLY_CSS);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect((doc.adoptedStyleSheets[0] as FakeSheet).css).toContain(`[${REPLY_ATTRIBUTE}="hidden"] { display: none !important; }`);
    doc.adoptedStyleSheets = []; // the page replaced the list
    style.set('a {}');
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    style.remove();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('falls back to a <style> element when adopting is refused', () => {
    const doc = new FakeDocument();
    Object.defineProperty(doc, 'defaultView', { value: { CSSStyleSheet: FakeSheet } });
    Object.defineProperty(doc, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported');
      },
    });
    const style = installReplyStyle(doc as unknown as Document);
    style.set(BASE_REPLY_CSS);
    const element = doc.documentElement.descendants().find((node) => node.localName === 'style');
    expect(element?.textContent).toBe(BASE_REPLY_CSS);
    expect(element?.getAttribute('data-rampart-ui')).toBe('');
    style.remove();
    expect(doc.documentElement.descendants().some((node) => node.localName === 'style')).toBe(false);
  });
});
