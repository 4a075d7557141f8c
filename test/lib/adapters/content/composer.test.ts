import { describe, expect, it } from 'vitest';
import { findInPath, matchesAny, queryFirst, readComposerText, writeComposerText } from '../../../../lib/adapters/content/composer.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

/** A textarea whose prototype holds the native `value`, like HTMLTextAreaElement. */
class NativeTextArea {
  readonly localName = 'textarea';
  domValue = '';
  readonly events: Array<{ type: string; bubbles: boolean }> = [];
  get value(): string {
    return this.domValue;
  }
  set value(text: string) {
    this.domValue = text;
  }
  dispatchEvent(event: Event): boolean {
    this.events.push({ type: event.type, bubbles: event.bubbles });
    return true;
  }
}

/** What React does to a controlled textarea: an own `value` accessor that tracks assignments. */
function reactControlled(): NativeTextArea & { tracked: string } {
  const element = new NativeTextArea() as NativeTextArea & { tracked: string };
  element.tracked = '';
  Object.defineProperty(element, 'value', {
    configurable: true,
    get: () => element.domValue,
    set: (text: string) => {
      element.tracked = text;
      element.domValue = text;
    },
  });
  return element;
}

/** An element that answers `matches` for a fixed set of selectors (and throws on "!!"). */
const matching = (...selectors: string[]) => ({
  matches: (selector: string) => {
    if (selector.includes('!!')) throw new SyntaxError(selector);
    return selectors.includes(selector);
  },
});

describe('queryFirst', () => {
  it('returns the first selector that matches, skipping invalid ones', () => {
    const doc = new FakeDocument();
    const area = doc.createElement('textarea');
    area.setAttribute('data-x', 'composer');
    doc.body.append(area);
    const root = doc as unknown as ParentNode;
    expect(queryFirst(root, ['textarea[data-x="nope"]', '!!invalid', 'textarea[data-x="composer"]'])).toBe(area);
    expect(queryFirst(root, ['section'])).toBeNull();
  });
});

describe('matchesAny / findInPath', () => {
  it('matches any selector, skipping invalid ones and non-elements', () => {
    expect(matchesAny(matching('div.a'), ['!!bad', 'div.a'])).toBe(true);
    expect(matchesAny(matching('div.a'), ['div.b'])).toBe(false);
    expect(matchesAny({}, ['div'])).toBe(false);
    expect(matchesAny(null, ['div'])).toBe(false);
  });

  it('finds the innermost element of an event path that matches', () => {
    const editor = matching('[contenteditable]');
    const inner = matching('p');
    const form = matching('form', '[contenteditable]');
    const path = [inner, editor, form] as unknown as EventTarget[];
    expect(findInPath(path, ['[contenteditable]'])).toBe(editor);
    expect(findInPath(path, ['textarea'])).toBeUndefined();
  });
});

describe('readComposerText', () => {
  it('reads a textarea’s value and a rich editor’s paragraphs as lines', () => {
    const area = new NativeTextArea();
    area.domValue = 'typed';
    expect(readComposerText(area as unknown as Element)).toBe('typed');
    const p = (text: string) => ({ nodeType: 1, nodeName: 'P', childNodes: [{ nodeType: 3, nodeName: '#text', childNodes: [], data: text }] });
    const editor = { localName: 'div', nodeType: 1, nodeName: 'DIV', childNodes: [p('line 1'), p('line 2')], innerText: 'line 1\n\nline 2' };
    expect(readComposerText(editor as unknown as Element)).toBe('line 1\nline 2');
    expect(readComposerText({ localName: 'div', innerText: 'no DOM tree' } as unknown as Element)).toBe('no DOM tree');
  });
});

describe('writeComposerText', () => {
  it('uses the native setter (so React sees a change) and fires a bubbling input event', () => {
    const area = reactControlled();
    expect(writeComposerText(area as unknown as Element, 'mail [EMAIL_1]')).toBe(true);
    expect(area.domValue).toBe('mail [EMAIL_1]');
    // React compares its tracked value with the DOM on `input`; a direct assignment would have
    // updated both and the app would keep sending the old text.
    expect(area.tracked).toBe('');
    expect(area.events).toEqual([{ type: 'input', bubbles: true }]);
  });

  it('reports false for an element that is not editable', () => {
    expect(writeComposerText({ localName: 'div', isContentEditable: false } as unknown as Element, 'x')).toBe(false);
  });
});
