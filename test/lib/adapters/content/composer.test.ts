import { describe, expect, it } from 'vitest';
import { queryFirst, readComposerText, writeComposerText } from '../../../../lib/adapters/content/composer.ts';
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

describe('readComposerText', () => {
  it('reads a textarea’s value and a contenteditable’s text', () => {
    const area = new NativeTextArea();
    area.domValue = 'typed';
    expect(readComposerText(area as unknown as Element)).toBe('typed');
    expect(readComposerText({ localName: 'div', innerText: 'line 1\nline 2' } as unknown as Element)).toBe('line 1\nline 2');
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

  it('reports false for editors it cannot rewrite yet', () => {
    expect(writeComposerText({ localName: 'div' } as unknown as Element, 'x')).toBe(false);
  });
});
