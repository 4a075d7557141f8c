import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok, type Result } from '../../../lib/core/result.ts';
import type { PanelView } from '../../../lib/content/panel-view.ts';
import { APPROVAL_TTL_MS } from '../../../lib/content/approval.ts';
import { CHECKING_DELAY_MS, createSendController, type SendControllerDeps } from '../../../lib/content/send-controller.ts';
import type { ScanReply } from '../../../lib/messaging/scan-reply.ts';
import { setLocale } from '../../../lib/ui/i18n.ts';
import { emailRedaction, reply } from '../../support/verdict-fixtures.ts';

/** A fake page: a composer, a send that records what the page would have sent, and a panel. */
function harness(
  initialText: string,
  answer: (text: string) => Promise<Result<ScanReply>>,
  extra: Partial<Pick<SendControllerDeps, 'writeText' | 'sameText' | 'isPreApproved' | 'redactor'>> = {},
) {
  const page = { text: initialText as string | undefined, sent: [] as string[], focused: 0, now: 10_000 };
  const shown: PanelView[] = [];
  let visible: PanelView | undefined;
  const scan = vi.fn(answer);
  const controller = createSendController({
    readText: () => page.text,
    writeText: (text) => {
      page.text = text;
      return true;
    },
    focusComposer: () => {
      page.focused += 1;
    },
    scan,
    ui: {
      show: (view) => {
        shown.push(view);
        visible = view;
      },
      hide: () => {
        visible = undefined;
      },
    },
    now: () => page.now,
    ...extra,
  });
  // What the page's own handler does when Rampart replays the send.
  const replay = () => {
    page.sent.push(page.text!);
    page.text = '';
  };
  const press = (userGesture = true) => controller.attempt(replay, userGesture);
  const action = (id: string) => {
    const found = visible?.actions.find((a) => a.id === id);
    if (!found) throw new Error(`no "${id}" action in ${visible?.title ?? 'no panel'}`);
    found.run();
  };
  return { page, shown, scan, controller, press, action, visible: () => visible };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('send controller', () => {
  it('holds the send, scans the text, then releases an allowed message', async () => {
    const h = harness('hello', async () => reply('allow'));
    expect(h.press()).toBe(true);
    expect(h.page.sent).toEqual([]);
    await settle();
    expect(h.scan).toHaveBeenCalledWith('hello');
    expect(h.page.sent).toEqual(['hello']);
    expect(h.visible()).toBeUndefined();
  });

  it('lets empty messages and a missing composer through untouched', () => {
    const h = harness('   ', async () => reply('allow'));
    expect(h.press()).toBe(false);
    h.page.text = undefined;
    expect(h.press()).toBe(false);
    expect(h.scan).not.toHaveBeenCalled();
  });

  it('does not catch its own replay, nor the page’s follow-up submit of the same text', async () => {
    const h = harness('hello', async () => reply('allow'));
    let nested: boolean | undefined;
    // The replayed keydown reaches Rampart's own listener again, synchronously.
    h.controller.attempt(() => (nested = h.controller.attempt(() => undefined, true)), true);
    await settle();
    expect(nested).toBe(false);
    // A submit the page fires a tick later, with the text not yet cleared: already checked.
    expect(h.controller.attempt(() => undefined, false)).toBe(false);
    expect(h.scan).toHaveBeenCalledOnce();
  });

  it('checks the same text again when the user sends it again', async () => {
    const h = harness('hello', async () => reply('allow'));
    h.press();
    await settle();
    h.page.text = 'hello';
    expect(h.press(true)).toBe(true);
    await settle();
    expect(h.scan).toHaveBeenCalledTimes(2);
  });

  it('re-checks a page-derived submit once the approval expired', async () => {
    const h = harness('hello', async () => reply('allow'));
    h.press();
    await settle();
    h.page.text = 'hello';
    h.page.now += APPROVAL_TTL_MS + 1;
    expect(h.press(false)).toBe(true);
  });

  it('swallows repeated sends while a check runs', async () => {
    let resolve!: (value: Result<ScanReply>) => void;
    const h = harness('hello', () => new Promise((r) => (resolve = r)));
    expect(h.press()).toBe(true);
    expect(h.press()).toBe(true);
    expect(h.controller.busy).toBe(true);
    resolve(reply('allow'));
    await settle();
    expect(h.scan).toHaveBeenCalledOnce();
    expect(h.page.sent).toEqual(['hello']);
  });

  it('warn: shows the reasons and sends only on "Send anyway"', async () => {
    const h = harness('long text', async () => reply('warn'));
    h.press();
    await settle();
    expect(h.visible()?.title).toBe('Rampart warns about this message');
    expect(h.page.sent).toEqual([]);
    expect(h.page.text).toBe('long text');
    h.action('send-anyway');
    expect(h.page.sent).toEqual(['long text']);
    expect(h.visible()).toBeUndefined();
  });

  it('warn: "Edit" keeps the text, sends nothing and returns focus to the composer', async () => {
    const h = harness('long text', async () => reply('warn'));
    h.press();
    await settle();
    h.action('edit');
    expect(h.page).toMatchObject({ text: 'long text', sent: [], focused: 1 });
    expect(h.visible()).toBeUndefined();
  });

  it('warn: "Send anyway" after the user edited the text sends nothing', async () => {
    const h = harness('long text', async () => reply('warn'));
    h.press();
    await settle();
    h.page.text = 'long text, edited';
    h.action('send-anyway');
    expect(h.page.sent).toEqual([]);
    expect(h.visible()?.title).toMatch(/changed while Rampart was checking/);
  });

  it('block: keeps the exact text, sends nothing, explains why', async () => {
    const h = harness('too long', async () => reply('block'));
    h.press();
    await settle();
    expect(h.page).toMatchObject({ text: 'too long', sent: [] });
    expect(h.visible()).toMatchObject({ tone: 'block', role: 'alert', title: 'Rampart blocked this message' });
    expect(h.visible()!.lines[0]).toMatch(/Oversized text — blocked/);
    expect(h.visible()!.actions.map((a) => a.id)).not.toContain('send-anyway');
  });

  it('redact: writes the redacted text back, then sends it', async () => {
    const text = 'mail me at a@b.example please';
    const h = harness(text, async () => reply('redact', { redactions: [emailRedaction(11, 22)] }));
    h.press();
    await settle();
    expect(h.page.sent).toEqual(['mail me at [EMAIL_1] please']);
    expect(h.visible()?.role).toBe('status');
    expect(h.visible()?.lines.at(-1)).toBe('1 part(s) replaced.');
  });

  it('an error keeps the text, sends nothing and offers a retry', async () => {
    let calls = 0;
    const h = harness('hello', async () => (++calls === 1 ? err('no answer within 8 s') : reply('allow')));
    h.press();
    await settle();
    expect(h.visible()?.title).toBe('Rampart could not check this message');
    expect(h.page).toMatchObject({ text: 'hello', sent: [] });
    h.action('retry');
    await settle();
    expect(h.page.sent).toEqual(['hello']);
  });

  it('a scan that throws is treated like an error, not an allow', async () => {
    const h = harness('hello', async () => {
      throw new Error('Extension context invalidated.');
    });
    h.press();
    await settle();
    expect(h.page).toMatchObject({ text: 'hello', sent: [] });
    expect(h.visible()?.lines[0]).toBe('Reason: Extension context invalidated.');
  });

  it('never sends text that changed while it was being checked', async () => {
    let resolve!: (value: Result<ScanReply>) => void;
    const h = harness('hello', () => new Promise((r) => (resolve = r)));
    h.press();
    h.page.text = 'hello and an unchecked addition';
    resolve(reply('allow'));
    await settle();
    expect(h.page.sent).toEqual([]);
    expect(h.page.text).toBe('hello and an unchecked addition');
  });

  it('says so when the page cannot take the message back', async () => {
    const h = harness('hello', async () => reply('allow'));
    h.controller.attempt(() => {
      throw new Error('form is gone');
    }, true);
    await settle();
    expect(h.visible()?.title).toBe('Rampart could not hand the message back to the page');
    expect(h.page.text).toBe('hello');
  });

  it('shows "checking" only when the verdict is slow', async () => {
    vi.useFakeTimers();
    let resolve!: (value: Result<ScanReply>) => void;
    const h = harness('hello', () => new Promise((r) => (resolve = r)));
    h.press();
    vi.advanceTimersByTime(CHECKING_DELAY_MS - 1);
    expect(h.shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.visible()).toMatchObject({ role: 'status', title: 'Rampart is checking this message…' });
    resolve(reply('allow'));
    await vi.runAllTimersAsync();
    expect(h.visible()).toBeUndefined();

    const fast = harness('hi', async () => reply('allow'));
    fast.press();
    await vi.runAllTimersAsync();
    expect(fast.shown).toEqual([]);
  });

  describe('rich editors (asynchronous write-back)', () => {
    const text = 'mail me at a@b.example please';
    const redact = async () => reply('redact', { redactions: [emailRedaction(11, 22)] });

    it('waits for the editor to take the redacted text, then sends it', async () => {
      const h: ReturnType<typeof harness> = harness(text, redact, {
        writeText: async (next) => {
          await settle();
          h.page.text = next;
          return true;
        },
      });
      h.press();
      await settle();
      await settle();
      expect(h.page.sent).toEqual(['mail me at [EMAIL_1] please']);
    });

    it('holds when the editor refused the redacted text, keeping what the composer shows', async () => {
      const h = harness(text, redact, { writeText: async () => false });
      h.press();
      await settle();
      expect(h.page).toMatchObject({ text, sent: [] });
      expect(h.visible()).toMatchObject({ tone: 'block', title: 'Rampart could not redact this message' });
    });

    it('holds when the writer claims success but the composer reads back something else', async () => {
      const h: ReturnType<typeof harness> = harness(text, redact, {
        writeText: () => {
          h.page.text = 'mail me at a@b.example please [EMAIL_1]';
          return true;
        },
      });
      h.press();
      await settle();
      expect(h.page.sent).toEqual([]);
      expect(h.visible()?.title).toBe('Rampart could not redact this message');
    });

    it('accepts the editor’s own paragraph breaks when the caller says they are the same text', async () => {
      const twoLines = 'line one\nmail a@b.example';
      const h: ReturnType<typeof harness> = harness(twoLines, async () => reply('redact', { redactions: [emailRedaction(14, 25)] }), {
        writeText: (next) => {
          h.page.text = next.replace('\n', '\n\n');
          return true;
        },
        sameText: (a, b) => a.replace(/\n+/g, '\n') === b.replace(/\n+/g, '\n'),
      });
      h.press();
      await settle();
      expect(h.page.sent).toEqual(['line one\n\nmail [EMAIL_1]']);
    });

    it('swallows a second Enter while the write-back is still running', async () => {
      let finish!: (ok: boolean) => void;
      let preApproved = false;
      const h: ReturnType<typeof harness> = harness(text, redact, {
        writeText: (next) =>
          new Promise((resolve) => {
            finish = (ok) => {
              h.page.text = next;
              resolve(ok);
            };
          }),
        isPreApproved: () => preApproved,
      });
      h.controller.attempt(() => h.page.sent.push(h.page.text!), true);
      expect(h.scan).toHaveBeenCalledOnce();
      await settle();
      // Pre-approved would let an idle send through; here it must not, a check is running.
      preApproved = true;
      expect(h.controller.busy).toBe(true);
      expect(h.press()).toBe(true);
      finish(true);
      await settle();
      expect(h.scan).toHaveBeenCalledOnce();
      expect(h.page.sent).toEqual(['mail me at [EMAIL_1] please']);
    });
  });

  describe('pre-scanned text', () => {
    it('is not intercepted when it was pre-scanned and allowed', () => {
      const h = harness('hello', async () => reply('allow'), { isPreApproved: (t) => t === 'hello' });
      expect(h.press()).toBe(false);
      expect(h.press(false)).toBe(false);
      expect(h.scan).not.toHaveBeenCalled();
    });

    it('takes the current path for any other text', async () => {
      const h = harness('hello, edited', async () => reply('allow'), { isPreApproved: (t) => t === 'hello' });
      expect(h.press()).toBe(true);
      await settle();
      expect(h.scan).toHaveBeenCalledWith('hello, edited');
      expect(h.page.sent).toEqual(['hello, edited']);
    });
  });

  it('redacts with the page’s conversation vault when it has one', async () => {
    const redactor = { redact: vi.fn((text: string) => ok({ text: text.replace('a@b.example', '[EMAIL_7]'), redactions: [emailRedaction(0, 1)] })) };
    const h = harness('mail a@b.example', async () => reply('redact', { redactions: [emailRedaction(5, 16)] }), {
      redactor: redactor as unknown as SendControllerDeps['redactor'],
    });
    h.press();
    await settle();
    expect(redactor.redact).toHaveBeenCalledWith('mail a@b.example', [emailRedaction(5, 16)]);
    expect(h.page.sent).toEqual(['mail [EMAIL_7]']);
  });

  describe('in another language', () => {
    afterEach(() => setLocale('en'));

    it('speaks the active locale (German) in its notices', async () => {
      setLocale(['de-CH']);
      const redacted = harness('mail me at a@b.example please', async () => reply('redact', { redactions: [emailRedaction(11, 22)] }));
      redacted.press();
      await settle();
      expect(redacted.visible()).toMatchObject({ title: 'Rampart hat diese Nachricht vor dem Senden geschwärzt' });
      expect(redacted.visible()?.lines.at(-1)).toBe('1 Stelle(n) ersetzt.');

      const gone = harness('hello', async () => reply('allow'));
      gone.controller.attempt(() => {
        throw new Error('form is gone');
      }, true);
      await settle();
      expect(gone.visible()).toMatchObject({ title: 'Rampart konnte die Nachricht nicht an die Seite zurückgeben', lines: ['Bitte erneut senden.'] });
    });
  });
});
