import { describe, expect, it, vi } from 'vitest';
import { createVerdictPanel } from '../../../../lib/adapters/content/verdict-panel.ts';
import { blockView } from '../../../../lib/content/panel-view.ts';
import { helpResources } from '../../../../lib/kids/help-resources.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

/** Kids mode's distress path: the helplines rendered in the verdict panel (text and one safe link). */
describe('verdict panel help resources', () => {
  function show() {
    const doc = new FakeDocument();
    const panel = createVerdictPanel(doc as unknown as Document);
    const help = helpResources();
    panel.show(blockView({ title: 'Rampart blocked this message', lines: ['why'], help }, vi.fn()));
    const section = doc.body.children.find((n) => n.localName === 'rampart-verdict')!.shadowRoot!.children.find((n) => n.localName === 'section')!;
    return { doc, section, help };
  }

  it('renders the title, every line as text, and a link that opens with no opener or referrer', () => {
    const { section, help } = show();
    const box = section.descendants().find((n) => n.getAttribute('data-rampart-help') === '')!;
    const items = box.descendants().filter((n) => n.localName === 'li').map((n) => n.textContent);
    expect(items).toEqual(help.lines);
    const link = box.descendants().find((n) => n.localName === 'a')!;
    expect(link.textContent).toBe(help.link.label);
    expect((link as unknown as { href: string }).href).toBe('https://findahelpline.com/');
    expect((link as unknown as { rel: string }).rel).toBe('noopener noreferrer');
    expect((link as unknown as { target: string }).target).toBe('_blank');
  });

  it('keeps the link in the focus cycle while the panel traps Tab', () => {
    const { doc, section } = show();
    const link = section.descendants().find((n) => n.localName === 'a')!;
    const edit = section.descendants().find((n) => n.localName === 'button')!;
    expect(doc.focused).toBe(edit);
    edit.dispatch('keydown', { key: 'Tab' });
    expect(doc.focused).toBe(link);
  });
});
