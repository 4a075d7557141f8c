import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockView, checkingView, noticeView, uncheckedView, warnView } from '../../../lib/content/panel-view.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';

const explanation = { title: 'Rampart warns about this message', lines: ['Oversized text — warning.'] };

describe('panel views', () => {
  it('warn offers Send anyway and Edit, focusing Edit; Escape means Edit', () => {
    const onSend = vi.fn();
    const onEdit = vi.fn();
    const view = warnView(explanation, onSend, onEdit);
    expect(view).toMatchObject({ tone: 'warn', role: 'alert', focus: 'edit' });
    expect(view.actions.map((a) => a.label)).toEqual(['Send anyway', 'Edit']);
    view.actions[0]!.run();
    expect(onSend).toHaveBeenCalledOnce();
    view.onDismiss!();
    expect(onEdit).toHaveBeenCalledOnce();
    expect(view.lines).toContain('The message has not been sent yet.');
  });

  it('block offers no way to send and says the text is kept', () => {
    const view = blockView({ ...explanation, title: 'Rampart blocked this message' }, vi.fn());
    expect(view.actions.map((a) => a.id)).toEqual(['edit']);
    expect(view.lines.at(-1)).toMatch(/still in the message box; nothing was sent/);
  });

  it('unchecked says Rampart could not check, with the reason and a retry', () => {
    const view = uncheckedView('no answer within 8 s', vi.fn(), vi.fn());
    expect(view.title).toBe('Rampart could not check this message');
    expect(view.lines[0]).toBe('Reason: no answer within 8 s.');
    expect(view.actions.map((a) => a.id)).toEqual(['retry', 'edit']);
  });

  it('status views do not take focus', () => {
    expect(checkingView()).toMatchObject({ role: 'status', actions: [] });
    expect(checkingView().focus).toBeUndefined();
    expect(noticeView('t', [], vi.fn()).focus).toBeUndefined();
  });

  it('traps focus only while a send is held', () => {
    expect(warnView(explanation, vi.fn(), vi.fn()).trapFocus).toBe(true);
    expect(blockView(explanation, vi.fn()).trapFocus).toBe(true);
    expect(uncheckedView('x', vi.fn(), vi.fn()).trapFocus).toBe(true);
    expect(noticeView('t', [], vi.fn()).trapFocus).toBeFalsy();
    expect(checkingView().trapFocus).toBeFalsy();
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German)', () => {
      setLocale(['de-DE']);
      expect(warnView(explanation, vi.fn(), vi.fn()).actions.map((a) => a.label)).toEqual(['Trotzdem senden', 'Bearbeiten']);
      expect(uncheckedView('keine Antwort.', vi.fn(), vi.fn()).lines[0]).toBe('Grund: keine Antwort.');
      expect(checkingView().title).toBe('Rampart prüft diese Nachricht…');
    });
  });
});
