import { describe, expect, it, vi } from 'vitest';
import { createVerdictPanel } from '../../../../lib/adapters/content/verdict-panel.ts';
import { blockView, noticeView, warnView } from '../../../../lib/content/panel-view.ts';
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

  it('traps Tab inside a held-send alert (both directions)', () => {
    const { doc, panel, button } = mount();
    panel.show(warnView(explanation, vi.fn(), vi.fn()));
    expect(doc.focused).toBe(button('Edit'));
    const forward = button('Edit').dispatch('keydown', { key: 'Tab' });
    expect(forward.defaultPrevented).toBe(true);
    expect(doc.focused).toBe(button('Send anyway'));
    // Between the buttons the browser moves focus itself.
    expect(button('Send anyway').dispatch('keydown', { key: 'Tab' }).defaultPrevented).toBeFalsy();
    button('Send anyway').dispatch('keydown', { key: 'Tab', shiftKey: true });
    expect(doc.focused).toBe(button('Edit'));
  });

  it('does not trap Tab in a passive notice', () => {
    const { doc, panel, button } = mount();
    panel.show(noticeView('Rampart redacted this message before sending', [], vi.fn()));
    button('Dismiss').focus();
    expect(button('Dismiss').dispatch('keydown', { key: 'Tab' }).defaultPrevented).toBeFalsy();
    expect(doc.focused).toBe(button('Dismiss'));
  });

  it('gives focus back to where it was (the composer) when it closes', () => {
    const { doc, panel, button } = mount();
    const composer = doc.createElement('textarea');
    doc.body.append(composer);
    composer.focus();
    panel.show(blockView(explanation, vi.fn()));
    expect(doc.focused).toBe(button('Edit'));
    panel.hide();
    expect(doc.focused).toBe(composer);
  });

  it('leaves focus alone on close when the panel did not have it', () => {
    const { doc, panel } = mount();
    const composer = doc.createElement('textarea');
    doc.body.append(composer);
    composer.focus();
    panel.show(noticeView('Notice', [], vi.fn()));
    const other = doc.createElement('input');
    doc.body.append(other);
    other.focus();
    panel.hide();
    expect(doc.focused).toBe(other);
  });

  it('announces status notices politely and takes the page’s theme', () => {
    const { doc, panel, host, section } = mount();
    panel.show(noticeView('Notice', ['line'], vi.fn()));
    expect(section()!.getAttribute('aria-live')).toBe('polite');
    expect(section()!.getAttribute('aria-describedby')).toBe('rampart-lines');
    expect(host()!.getAttribute('data-theme')).toBe('light');
    doc.body.computedStyle.backgroundColor = 'rgb(24, 24, 27)';
    panel.show(warnView(explanation, vi.fn(), vi.fn()));
    expect(host()!.getAttribute('data-theme')).toBe('dark');
    expect(section()!.getAttribute('aria-live')).toBeNull();
  });
});
