import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPasteController, PASTE_CHECKING_DELAY_MS, startPasteGuard } from '../../../../lib/adapters/content/paste-guard.ts';
import type { PanelView } from '../../../../lib/content/panel-view.ts';
import { err, type Result } from '../../../../lib/core/result.ts';
import type { ScanReply } from '../../../../lib/messaging/scan-reply.ts';
import type { VerdictSummary } from '../../../../lib/messaging/verdict-summary.ts';
import { DEMO_SITE } from '../../../../lib/sites/sites.ts';
import { setLocale } from '../../../../lib/ui/i18n.ts';
import { emailRedaction, reply } from '../../../support/verdict-fixtures.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function harness(answer: (text: string) => Promise<Result<ScanReply>>, insertResult = true) {
  let visible: PanelView | undefined;
  const shown: PanelView[] = [];
  const insert = vi.fn(async (_text: string) => insertResult);
  const scan = vi.fn(answer);
  const overrides: VerdictSummary[] = [];
  const controller = createPasteController({
    scan,
    onInsertAnyway: (verdict) => overrides.push(verdict),
    ui: {
      show: (view) => {
        visible = view;
        shown.push(view);
      },
      hide: () => {
        visible = undefined;
      },
    },
  });
  const action = (id: string) => {
    const found = visible?.actions.find((a) => a.id === id);
    if (!found) throw new Error(`no "${id}" in ${visible?.title ?? 'no panel'}`);
    found.run();
  };
  return { controller, insert, scan, shown, overrides, action, visible: () => visible };
}

describe('paste controller', () => {
  afterEach(() => vi.useRealTimers());

  it('inserts allowed text as pasted, without a panel', async () => {
    const h = harness(async () => reply('allow'));
    expect(h.controller.handle('some text', 'paste', h.insert)).toBe(true);
    await settle();
    expect(h.scan).toHaveBeenCalledWith('some text');
    expect(h.insert).toHaveBeenCalledWith('some text');
    expect(h.visible()).toBeUndefined();
  });

  it('inserts the redacted text instead of a secret, and says what was replaced', async () => {
    const h = harness(async () => reply('redact', { redactions: [emailRedaction(8, 19)] }));
    h.controller.handle('mail to a@b.example', 'paste', h.insert);
    await settle();
    expect(h.insert.mock.calls).toEqual([['mail to [EMAIL_1]']]);
    expect(h.visible()).toMatchObject({ role: 'status', title: 'Rampart redacted the pasted text' });
    expect(h.visible()!.lines.at(-1)).toBe('1 part(s) replaced before it went into the message box.');
  });

  it('block: inserts nothing and says the text is still on the clipboard', async () => {
    const h = harness(async () => reply('block'));
    h.controller.handle('bad', 'paste', h.insert);
    await settle();
    expect(h.insert).not.toHaveBeenCalled();
    expect(h.visible()).toMatchObject({ tone: 'block', role: 'alert', title: 'Rampart blocked the pasted text' });
    expect(h.visible()!.lines.at(-1)).toBe('Nothing was pasted. The text is still on your clipboard.');
  });

  it('warn: inserts only on "Paste anyway", nothing on "Cancel"', async () => {
    const h = harness(async () => reply('warn'));
    h.controller.handle('long', 'paste', h.insert);
    await settle();
    expect(h.visible()).toMatchObject({ tone: 'warn', title: 'Rampart warns about the pasted text', focus: 'edit' });
    expect(h.visible()!.actions.map((a) => a.label)).toEqual(['Paste anyway', 'Cancel']);
    h.action('edit');
    expect(h.insert).not.toHaveBeenCalled();

    h.controller.handle('long', 'paste', h.insert);
    await settle();
    h.action('send-anyway');
    await settle();
    expect(h.insert).toHaveBeenCalledWith('long');
  });

  it('reports "Paste anyway" for the audit log once the text is in, with the verdict it went past', async () => {
    const h = harness(async () => reply('warn', { at: 42 }));
    h.controller.handle('long', 'paste', h.insert);
    await settle();
    h.action('edit');
    expect(h.overrides).toEqual([]);

    h.controller.handle('long', 'drop', h.insert);
    await settle();
    h.action('send-anyway');
    await settle();
    expect(h.overrides.map((verdict) => [verdict.at, verdict.action])).toEqual([[42, 'warn']]);
  });

  it('reports nothing when "Paste anyway" could not insert, nor for allowed or redacted pastes', async () => {
    const failed = harness(async () => reply('warn'), false);
    failed.controller.handle('long', 'paste', failed.insert);
    await settle();
    failed.action('send-anyway');
    await settle();
    await settle();
    expect(failed.insert).toHaveBeenCalledOnce();
    expect(failed.visible()!.title).toBe('Rampart could not insert the checked text');
    expect(failed.overrides).toEqual([]);

    const throwing = harness(async () => reply('warn'));
    throwing.insert.mockRejectedValueOnce(new Error('composer gone'));
    throwing.controller.handle('long', 'paste', throwing.insert);
    await settle();
    throwing.action('send-anyway');
    await settle();
    await settle();
    expect(throwing.overrides).toEqual([]);

    for (const action of ['allow', 'redact'] as const) {
      const h = harness(async () => reply(action, action === 'redact' ? { redactions: [emailRedaction(8, 19)] } : {}));
      h.controller.handle('mail to a@b.example', 'paste', h.insert);
      await settle();
      await settle();
      expect(h.insert).toHaveBeenCalledOnce();
      expect(h.overrides).toEqual([]);
    }
  });

  it('could not check: inserts nothing, and a drop is told where its text still is', async () => {
    const h = harness(async () => err('no answer within 8 s'));
    h.controller.handle('x', 'drop', h.insert);
    await settle();
    expect(h.insert).not.toHaveBeenCalled();
    expect(h.visible()!.title).toBe('Rampart could not check the dropped text');
    expect(h.visible()!.lines).toEqual([
      'Reason: no answer within 8 s.',
      'Nothing was dropped in. The text is still where you dragged it from. Drag it in again to retry.',
    ]);
    const thrown = harness(async () => {
      throw new Error('Extension context invalidated.');
    });
    thrown.controller.handle('x', 'paste', thrown.insert);
    await settle();
    expect(thrown.insert).not.toHaveBeenCalled();
    expect(thrown.visible()!.title).toBe('Rampart could not check the pasted text');
  });

  it('tells the user when the composer would not take the checked text', async () => {
    const h = harness(async () => reply('allow'), false);
    h.controller.handle('text', 'paste', h.insert);
    await settle();
    await settle();
    expect(h.visible()).toMatchObject({ tone: 'error', title: 'Rampart could not insert the checked text' });
    expect(h.visible()!.lines[1]).toBe('The text is still on your clipboard. Paste it again to retry.');
  });

  it('takes one paste at a time; a second one is told to come again', async () => {
    let resolve!: (value: Result<ScanReply>) => void;
    const h = harness(() => new Promise((r) => (resolve = r)));
    expect(h.controller.handle('one', 'paste', h.insert)).toBe(true);
    expect(h.controller.busy).toBe(true);
    expect(h.controller.handle('two', 'paste', h.insert)).toBe(false);
    expect(h.visible()!.title).toBe('Rampart is still checking the previous text');
    resolve(reply('allow'));
    await settle();
    await settle();
    expect(h.controller.busy).toBe(false);
    expect(h.insert.mock.calls).toEqual([['one']]);
  });

  it('shows "checking" only when the verdict is slow', async () => {
    vi.useFakeTimers();
    let resolve!: (value: Result<ScanReply>) => void;
    const h = harness(() => new Promise((r) => (resolve = r)));
    h.controller.handle('x', 'paste', h.insert);
    vi.advanceTimersByTime(PASTE_CHECKING_DELAY_MS - 1);
    expect(h.shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.visible()?.title).toBe('Rampart is checking the pasted text…');
    resolve(reply('allow'));
    await vi.runAllTimersAsync();
    expect(h.visible()).toBeUndefined();
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German), with the sentence for each kind', async () => {
      setLocale(['de-DE']);
      const dropped = harness(async () => reply('warn'));
      dropped.controller.handle('long', 'drop', dropped.insert);
      await settle();
      expect(dropped.visible()).toMatchObject({ title: 'Rampart warnt vor dem hineingezogenen Text' });
      expect(dropped.visible()!.lines.at(-1)).toBe('Es wurde noch nichts hineingezogen.');
      expect(dropped.visible()!.actions.map((a) => a.label)).toEqual(['Trotzdem übernehmen', 'Abbrechen']);

      const failed = harness(async () => err('keine Antwort'));
      failed.controller.handle('x', 'paste', failed.insert);
      await settle();
      expect(failed.visible()).toMatchObject({
        title: 'Rampart konnte den eingefügten Text nicht prüfen',
        lines: [
          'Grund: keine Antwort.',
          'Es wurde nichts eingefügt. Der Text ist noch in der Zwischenablage. Fügen Sie ihn erneut ein, um es noch einmal zu versuchen.',
        ],
      });
      expect(failed.visible()!.actions.map((a) => a.label)).toEqual(['Schließen']);
    });
  });
});

describe('paste guard (DOM wiring)', () => {
  type Handler = (event: unknown) => void;

  function page() {
    const listeners = new Map<string, Handler>();
    // A native-like `value` on the prototype, as HTMLTextAreaElement has (the writer's fallback uses it).
    const native = Object.create(null, {
      value: {
        get(this: { domValue: string }) {
          return this.domValue;
        },
        set(this: { domValue: string }, next: string) {
          this.domValue = next;
        },
      },
    }) as { value: string };
    const composer = Object.assign(Object.create(native) as { value: string }, {
      localName: 'textarea',
      domValue: 'hello ',
      selectionStart: 6,
      selectionEnd: 6,
      isConnected: true,
      matches: (selector: string) => selector === 'textarea[data-rampart-demo="composer"]',
      focus: vi.fn(),
      setSelectionRange: vi.fn(),
      ownerDocument: { execCommand: vi.fn(() => false) },
      dispatchEvent: vi.fn(),
    });
    const other = { matches: () => false };
    const win = {
      document: {},
      addEventListener: (type: string, handler: Handler, options: { capture: boolean; signal: AbortSignal }) => {
        expect(options.capture).toBe(true);
        listeners.set(type, handler);
        options.signal.addEventListener('abort', () => listeners.delete(type));
      },
    };
    return { listeners, composer, other, win: win as unknown as Window };
  }

  const clipboard = (text: string) => ({ getData: (type: string) => (type === 'text/plain' ? text : '') });
  const event = (path: unknown[], init: Record<string, unknown>) => ({
    isTrusted: true,
    composedPath: () => path,
    preventDefault: vi.fn(),
    stopImmediatePropagation: vi.fn(),
    ...init,
  });

  it('takes over a trusted text paste into the composer and leaves other pastes to the page', async () => {
    const p = page();
    const scan = vi.fn(async () => reply('block'));
    const panel = { show: vi.fn(), hide: vi.fn() };
    startPasteGuard(p.win, DEMO_SITE, { scan, panel });
    const paste = p.listeners.get('paste')!;

    const taken = event([p.composer], { clipboardData: clipboard('sk-live-secret') });
    paste(taken);
    expect(taken.preventDefault).toHaveBeenCalled();
    expect(taken.stopImmediatePropagation).toHaveBeenCalled();
    await settle();
    expect(scan).toHaveBeenCalledWith('sk-live-secret');

    const cases = [
      event([p.composer], { clipboardData: clipboard('x'), isTrusted: false }),
      event([p.composer], { clipboardData: clipboard('   ') }),
      event([p.other], { clipboardData: clipboard('elsewhere') }),
    ];
    for (const untouched of cases) {
      paste(untouched);
      expect(untouched.preventDefault).not.toHaveBeenCalled();
    }
    expect(scan).toHaveBeenCalledOnce();
  });

  it('while paused on the site, leaves pastes to the page and scans nothing', async () => {
    const p = page();
    const scan = vi.fn(async () => reply('block'));
    startPasteGuard(p.win, DEMO_SITE, { scan, panel: { show: vi.fn(), hide: vi.fn() }, isPaused: () => true });
    const pasted = event([p.composer], { clipboardData: clipboard('sk-live-secret') });
    p.listeners.get('paste')!(pasted);
    await settle();
    expect(pasted.preventDefault).not.toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
  });

  it('inserts an allowed paste at the caret of the textarea', async () => {
    const p = page();
    startPasteGuard(p.win, DEMO_SITE, { scan: async () => reply('allow'), panel: { show: vi.fn(), hide: vi.fn() } });
    p.listeners.get('paste')!(event([p.composer], { clipboardData: clipboard('world') }));
    await settle();
    await settle();
    // execCommand is unavailable in this fake: the native-setter fallback put the text in place.
    expect(p.composer.value).toBe('hello world');
  });

  it('lets a drag within the composer move its text, but checks text dropped in from elsewhere', async () => {
    const p = page();
    const scan = vi.fn(async () => reply('block'));
    startPasteGuard(p.win, DEMO_SITE, { scan, panel: { show: vi.fn(), hide: vi.fn() } });
    p.listeners.get('dragstart')!(event([p.composer], {}));
    const move = event([p.composer], { dataTransfer: clipboard('moved'), clientX: 1, clientY: 1 });
    p.listeners.get('drop')!(move);
    expect(move.preventDefault).not.toHaveBeenCalled();

    p.listeners.get('dragstart')!(event([p.other], {}));
    const dropped = event([p.composer], { dataTransfer: clipboard('from another page'), clientX: 1, clientY: 1 });
    p.listeners.get('drop')!(dropped);
    expect(dropped.preventDefault).toHaveBeenCalled();
    await settle();
    expect(scan).toHaveBeenCalledWith('from another page');
  });

  it('reports "Paste anyway" as a paste-anyway tab override, text-free', async () => {
    const p = page();
    const panel = { show: vi.fn(), hide: vi.fn() };
    const reportOverride = vi.fn();
    startPasteGuard(p.win, DEMO_SITE, { scan: async () => reply('warn', { at: 7 }), panel, reportOverride });
    p.listeners.get('paste')!(event([p.composer], { clipboardData: clipboard('world') }));
    await settle();
    const warning = panel.show.mock.calls.at(-1)![0] as PanelView;
    warning.actions.find((a) => a.id === 'send-anyway')!.run();
    await settle();
    await settle();
    expect(p.composer.value).toBe('hello world');
    expect(reportOverride.mock.calls).toEqual([[{ kind: 'paste-anyway', verdictAt: 7, categories: ['oversize'], ruleIds: ['size/over-limit'], action: 'warn' }]]);
    expect(JSON.stringify(reportOverride.mock.calls)).not.toContain('world');
  });

  it('detaches its listeners when stopped', () => {
    const p = page();
    const stop = startPasteGuard(p.win, DEMO_SITE, { scan: vi.fn(), panel: { show: vi.fn(), hide: vi.fn() } });
    expect([...p.listeners.keys()].sort()).toEqual(['dragend', 'dragstart', 'drop', 'paste']);
    stop();
    expect(p.listeners.size).toBe(0);
  });
});
