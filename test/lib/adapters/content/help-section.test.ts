import { describe, expect, it } from 'vitest';
import { HELP_CSS, renderHelp } from '../../../../lib/adapters/content/help-section.ts';
import type { HelpView } from '../../../../lib/kids/help-resources.ts';
import { FakeDocument } from '../../../support/fake-dom.ts';

/** The shared help box (verdict panel and reply note): text only, and one safe link. */
describe('renderHelp', () => {
  const help: HelpView = { title: 'You are not alone', lines: ['<b>line</b>', 'Call 116 111'], link: { label: 'More', url: 'https://findahelpline.com/' } };

  it('renders title, lines as text (never markup) and a link that opens with no opener or referrer', () => {
    const doc = new FakeDocument();
    const { section, link } = renderHelp(doc as unknown as Document, help);
    const box = section as unknown as ReturnType<FakeDocument['createElement']>;
    expect(box.className).toBe('help');
    expect(box.getAttribute('data-rampart-help')).toBe('');
    expect(box.descendants().filter((n) => n.localName === 'li').map((n) => n.textContent)).toEqual(help.lines);
    expect(box.descendants().some((n) => n.localName === 'b')).toBe(false);
    expect(link).toMatchObject({ href: help.link.url, rel: 'noopener noreferrer', target: '_blank', textContent: 'More' });
  });

  it('styles the box it renders', () => {
    expect(HELP_CSS).toContain('.help {');
  });
});
