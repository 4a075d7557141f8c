import { describe, expect, it, vi } from 'vitest';
import { createVerdictPanel } from '../../../../lib/adapters/content/verdict-panel.ts';
import { noticeView, warnView } from '../../../../lib/content/panel-view.ts';
import { FakeDocument, type FakeNode } from '../../../support/fake-dom.ts';

function mount() {
  const doc = new FakeDocument();
  const panel = createVerdictPanel(doc as unknown as Document);
  const host = () => doc.body.children.find((node) => node.localName === 'rampart-verdict');
  const section = () => host()?.shadowRoot?.children.find((node) => node.localName === 'section');
  const button = (label: string) => section()!.descendants().find((node) => node.localName === 'button' && node.textContent === label)!;
  return { doc, panel, host, section, button };
}

const explanation = { title: 'Rampart warns about this message', lines: ['Oversized text — warning. Too long.'] };

describe('verdict panel', () => {
  it('renders the view in a shadow root: role, title, reasons, buttons', () => {
    const { panel, host, section } = mount();
    panel.show(warnView(explanation, vi.fn(), vi.fn()));
    expect(host()?.getAttribute('data-rampart-ui')).toBe('');
    expect(host()?.shadowRoot?.children.map((n: FakeNode) => n.localName)).toEqual(['style', 'section']);
    expect(section()!.getAttribute('role')).toBe('alert');
    const texts = section()!.descendants().map((node) => `${node.localName}:${node.children.length ? '' : node.textContent}`);
    expect(texts).toContain('strong:Rampart warns about this message');
    expect(texts).toContain('li:Oversized text — warning. Too long.');
    expect(texts).toContain('button:Send anyway');
    expect(texts).toContain('button:Edit');
  });

  it('runs an action only for a trusted (user) click', () => {
    const onSend = vi.fn();
    const { panel, button } = mount();
    panel.show(warnView(explanation, onSend, vi.fn()));
    button('Send anyway').click({ isTrusted: false });
    expect(onSend).not.toHaveBeenCalled();
    button('Send anyway').click({ isTrusted: true });
    expect(onSend).toHaveBeenCalledOnce();
  });

  it('focuses the view’s safe choice and closes on Escape', () => {
    const onEdit = vi.fn();
    const { doc, panel, button } = mount();
    panel.show(warnView(explanation, vi.fn(), onEdit));
    expect(doc.focused).toBe(button('Edit'));
    button('Edit').dispatch('keydown', { key: 'Escape' });
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('does not steal focus for a status notice', () => {
    const { doc, panel, section } = mount();
    panel.show(noticeView('Rampart redacted this message before sending', ['1 part(s) replaced.'], vi.fn()));
    expect(section()!.getAttribute('role')).toBe('status');
    expect(doc.focused).toBeUndefined();
  });

  it('replaces the previous view and hides; re-attaches when the page dropped it', () => {
    const { doc, panel, host, section } = mount();
    panel.show(warnView(explanation, vi.fn(), vi.fn()));
    panel.show(noticeView('Second', [], vi.fn()));
    expect(host()!.shadowRoot!.children.filter((n) => n.localName === 'section')).toHaveLength(1);
    expect(section()!.descendants()[0]!.textContent).toBe('Second');
    panel.hide();
    expect(host()).toBeUndefined();
    doc.body.replaceChildren();
    panel.show(noticeView('Third', [], vi.fn()));
    expect(host()?.isConnected).toBe(true);
  });
});
