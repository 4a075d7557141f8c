import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReplyNotes } from '../../../../lib/adapters/content/reply-note.ts';
import type { ReplyNote } from '../../../../lib/content/reply-treatment.ts';
import { helpResources } from '../../../../lib/kids/help-resources.ts';
import { setLocale } from '../../../../lib/ui/i18n.ts';
import { FakeDocument, FakeNode } from '../../../support/fake-dom.ts';

// The two sibling operations the note uses, which the shared fake DOM does not have (yet).
beforeAll(() => {
  const proto = FakeNode.prototype as unknown as Record<string, unknown>;
  if (!('after' in proto)) {
    Object.defineProperty(proto, 'after', {
      value(this: FakeNode, node: FakeNode) {
        const parent = this.parent!;
        node.remove();
        parent.children.splice(parent.children.indexOf(this) + 1, 0, node);
        node.parent = parent;
      },
    });
  }
  if (!('previousElementSibling' in proto)) {
    Object.defineProperty(proto, 'previousElementSibling', {
      get(this: FakeNode) {
        const siblings = this.parent?.children ?? [];
        return siblings[siblings.indexOf(this) - 1] ?? null;
      },
    });
  }
});

const warn: ReplyNote = { tone: 'warn', title: 'Rampart warns about this reply', lines: ['Dangerous command — warning. Pipes a download into a root shell.'], reveal: false };
const blurred: ReplyNote = { tone: 'block', title: 'Rampart blurred this reply', lines: ['Harmful content — blocked.'], reveal: true };

function setup() {
  const doc = new FakeDocument();
  const reply = doc.createElement('div');
  const next = doc.createElement('div');
  doc.body.append(reply, next);
  const notes = createReplyNotes(doc as unknown as Document);
  const host = () => doc.body.children[1]!;
  return { doc, reply, next, notes, host };
}

describe('createReplyNotes', () => {
  it('puts a note in a shadow root right after the reply, in words, with no markup from the verdict', () => {
    const { reply, notes, host, doc } = setup();
    notes.show(reply as unknown as Element, { ...warn, lines: ['<img src=x onerror=alert(1)>'] }, () => undefined);
    expect(host().localName).toBe('rampart-reply-note');
    expect(host().getAttribute('data-rampart-ui')).toBe('');
    const box = host().shadowRoot!.children[1]!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.className).toBe('note tone-warn');
    expect(box.textContent).toBe(`Rampart warns about this reply<img src=x onerror=alert(1)>`);
    expect(doc.body.children).toHaveLength(3);
  });

  it('"Show reply" reveals on the user’s own click only', () => {
    const { reply, notes, host } = setup();
    const onReveal = vi.fn();
    notes.show(reply as unknown as Element, blurred, onReveal);
    const button = host().shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Show reply');
    button.click({ isTrusted: false });
    expect(onReveal).not.toHaveBeenCalled();
    button.click();
    expect(onReveal).toHaveBeenCalledOnce();
  });

  it('replaces the note in place and removes it when there is nothing to say', () => {
    const { reply, notes, host, doc } = setup();
    notes.show(reply as unknown as Element, warn, () => undefined);
    notes.show(reply as unknown as Element, blurred, () => undefined);
    expect(doc.body.children).toHaveLength(3);
    expect(host().shadowRoot!.children[1]!.className).toBe('note tone-block');
    notes.show(reply as unknown as Element, undefined, () => undefined);
    expect(doc.body.children).toHaveLength(2);
  });

  it('shows the Kids mode helplines like the verdict panel: every line as text, one link with no opener or referrer', () => {
    const { reply, notes, host } = setup();
    const help = helpResources();
    notes.show(reply as unknown as Element, { tone: 'block', title: 'Rampart hid this reply', lines: ['why'], reveal: false, help }, () => undefined);
    const box = host().shadowRoot!.children[1]!.descendants().find((n) => n.getAttribute('data-rampart-help') === '')!;
    expect(box.descendants().find((n) => n.localName === 'strong')!.textContent).toBe(help.title);
    expect(box.descendants().filter((n) => n.localName === 'li').map((n) => n.textContent)).toEqual(help.lines);
    const link = box.descendants().find((n) => n.localName === 'a')! as unknown as { href: string; rel: string; target: string; textContent: string };
    expect(link).toMatchObject({ href: 'https://findahelpline.com/', rel: 'noopener noreferrer', target: '_blank', textContent: help.link.label });
  });

  it('shows no help box when the note carries none', () => {
    const { reply, notes, host } = setup();
    notes.show(reply as unknown as Element, warn, () => undefined);
    expect(host().shadowRoot!.children[1]!.descendants().some((n) => n.getAttribute('data-rampart-help') === '')).toBe(false);
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('labels "Show reply" in the active locale (German)', () => {
      setLocale(['de']);
      const { reply, notes, host } = setup();
      notes.show(reply as unknown as Element, blurred, () => undefined);
      expect(host().shadowRoot!.querySelector('button')!.textContent).toBe('Antwort anzeigen');
    });
  });
});
