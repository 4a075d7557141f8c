import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestPrescan, startSendGuard } from '../../../../lib/adapters/content/send-guard.ts';
import { fakeBrowser } from 'wxt/testing';
import type { VerdictPanel } from '../../../../lib/adapters/content/verdict-panel.ts';
import type { PanelView } from '../../../../lib/content/panel-view.ts';
import type { Result } from '../../../../lib/core/result.ts';
import type { ScanReply } from '../../../../lib/messaging/scan-reply.ts';
import { DEMO_SITE } from '../../../../lib/sites/sites.ts';
import { FakeDocument, type FakeNode } from '../../../support/fake-dom.ts';
import { reply } from '../../../support/verdict-fixtures.ts';

type Handler = (event: unknown) => void;

/** The demo chat's DOM, a window that records capture listeners, and the page's own sends. */
function page() {
  const doc = new FakeDocument();
  const form = doc.createElement('form');
  const composer = Object.assign(doc.createElement('textarea'), { value: '', dispatchEvent: vi.fn() });
  composer.setAttribute('data-rampart-demo', 'composer');
  const send = Object.assign(doc.createElement('button'), { click: vi.fn() });
  send.setAttribute('data-rampart-demo', 'send');
  const other = doc.createElement('input');
  form.append(composer, send);
  doc.body.append(form, other);

  const listeners = new Map<string, Handler>();
  const win = {
    document: doc,
    addEventListener: (type: string, handler: Handler, options: { capture: boolean; signal: AbortSignal }) => {
      expect(options.capture).toBe(true);
      listeners.set(type, handler);
      options.signal.addEventListener('abort', () => listeners.delete(type));
    },
  };
  return { doc, form, composer, send, other, listeners, win: win as unknown as Window };
}

/** An event as the capture listener on window sees it. */
function event(path: FakeNode[], init: Record<string, unknown> = {}) {
  return {
    isTrusted: true,
    key: 'Enter',
    code: 'Enter',
    shiftKey: false,
    isComposing: false,
    keyCode: 13,
    composedPath: () => path,
    preventDefault: vi.fn(),
    stopImmediatePropagation: vi.fn(),
    ...init,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

class RecordedKeyboardEvent {
  constructor(
    readonly type: string,
    readonly init: KeyboardEventInit,
  ) {}
}

describe('send guard (DOM wiring)', () => {
  let views: PanelView[];
  let panel: VerdictPanel;
  beforeEach(() => {
    vi.stubGlobal('KeyboardEvent', RecordedKeyboardEvent);
    views = [];
    panel = { show: (view) => views.push(view), hide: vi.fn() };
  });
  afterEach(() => vi.unstubAllGlobals());

  const start = (p: ReturnType<typeof page>, answer: Result<ScanReply>) => {
    const scan = vi.fn(async () => answer);
    const stop = startSendGuard(p.win, DEMO_SITE, { scan, panel, prescan: false });
    return { scan, stop };
  };

  it('holds Enter in the composer, scans its text, and replays the keydown on allow', async () => {
    const p = page();
    const { scan } = start(p, reply('allow'));
    p.composer.value = 'hello';
    const keydown = event([p.composer, p.form, p.doc.body], { ctrlKey: false, altKey: false, metaKey: false });
    p.listeners.get('keydown')!(keydown);
    expect(keydown.preventDefault).toHaveBeenCalled();
    expect(keydown.stopImmediatePropagation).toHaveBeenCalled();
    const keyup = event([p.composer]);
    p.listeners.get('keyup')!(keyup);
    expect(keyup.stopImmediatePropagation).toHaveBeenCalled();
    await settle();
    expect(scan).toHaveBeenCalledWith('hello');
    const [replayed] = p.composer.dispatchEvent.mock.calls[0]!;
    expect(replayed).toMatchObject({ type: 'keydown', init: { key: 'Enter', bubbles: true, cancelable: true, composed: true } });
  });

  it('leaves Shift+Enter, IME Enter, untrusted Enter and Enter outside the composer alone', () => {
    const p = page();
    const { scan } = start(p, reply('allow'));
    p.composer.value = 'hello';
    const cases = [
      event([p.composer], { shiftKey: true }),
      event([p.composer], { isComposing: true }),
      event([p.composer], { isTrusted: false }),
      event([p.other, p.doc.body]),
    ];
    for (const keydown of cases) {
      p.listeners.get('keydown')!(keydown);
      expect(keydown.preventDefault).not.toHaveBeenCalled();
    }
    expect(scan).not.toHaveBeenCalled();
  });

  it('holds a trusted click on the send button and replays it with click() on allow', async () => {
    const p = page();
    start(p, reply('allow'));
    p.composer.value = 'hello';
    const click = event([p.send, p.form]);
    p.listeners.get('click')!(click);
    expect(click.preventDefault).toHaveBeenCalled();
    await settle();
    expect(p.send.click).toHaveBeenCalledOnce();
    const untrusted = event([p.send], { isTrusted: false });
    p.listeners.get('click')!(untrusted);
    expect(untrusted.preventDefault).not.toHaveBeenCalled();
  });

  it('holds a form submit and replays it with requestSubmit(submitter)', async () => {
    const p = page();
    const requestSubmit = vi.fn();
    Object.assign(p.form, { requestSubmit });
    start(p, reply('allow'));
    p.composer.value = 'hello';
    const submit = { ...event([p.form]), target: p.form, submitter: p.send };
    p.listeners.get('submit')!(submit);
    expect(submit.preventDefault).toHaveBeenCalled();
    await settle();
    expect(requestSubmit).toHaveBeenCalledWith(p.send);
  });

  it('on block keeps the text, replays nothing and shows the explanation', async () => {
    const p = page();
    start(p, reply('block'));
    p.composer.value = 'x'.repeat(120_000);
    p.listeners.get('keydown')!(event([p.composer]));
    await settle();
    expect(p.composer.dispatchEvent).not.toHaveBeenCalled();
    expect(p.composer.value).toHaveLength(120_000);
    expect(views.at(-1)?.title).toBe('Rampart blocked this message');
  });

  it('typing in the composer asks the background to warm up its models, at most every 20 s', () => {
    const p = page();
    const warm = vi.fn();
    let clock = 0;
    startSendGuard(p.win, DEMO_SITE, { scan: vi.fn(), panel, warm, now: () => clock, prescan: false });
    const input = p.listeners.get('input')!;
    input(event([p.other]));
    expect(warm).not.toHaveBeenCalled();
    input(event([p.composer]));
    input(event([p.composer]));
    expect(warm).toHaveBeenCalledTimes(1);
    clock += 20_001;
    input(event([p.composer]));
    expect(warm).toHaveBeenCalledTimes(2);
  });

  it('while paused on the site, lets Enter, clicks and submits through untouched and sends nothing to the background', async () => {
    const p = page();
    let paused = true;
    const scan = vi.fn(async () => reply('block'));
    const warm = vi.fn();
    startSendGuard(p.win, DEMO_SITE, { scan, panel, warm, prescan: false, isPaused: () => paused });
    p.composer.value = 'hello';
    const keydown = event([p.composer, p.form, p.doc.body], { ctrlKey: false, altKey: false, metaKey: false });
    p.listeners.get('keydown')!(keydown);
    const click = event([p.send, p.form]);
    p.listeners.get('click')!(click);
    p.listeners.get('input')!(event([p.composer]));
    await settle();
    for (const seen of [keydown, click]) {
      expect(seen.preventDefault).not.toHaveBeenCalled();
      expect(seen.stopImmediatePropagation).not.toHaveBeenCalled();
    }
    expect(scan).not.toHaveBeenCalled();
    expect(warm).not.toHaveBeenCalled();
    // Resumed: checked again.
    paused = false;
    const next = event([p.composer, p.form, p.doc.body], { ctrlKey: false, altKey: false, metaKey: false });
    p.listeners.get('keydown')!(next);
    expect(next.preventDefault).toHaveBeenCalled();
  });

  it('detaches every listener when stopped', () => {
    const p = page();
    const { stop } = start(p, reply('allow'));
    expect([...p.listeners.keys()].sort()).toEqual(['click', 'input', 'keydown', 'keyup', 'submit']);
    stop();
    expect(p.listeners.size).toBe(0);
  });

  /** Gives a fake node `matches` for the given selectors (the fake DOM has no selector engine). */
  const answers = (node: FakeNode, ...selectors: string[]) => Object.assign(node, { matches: (selector: string) => selectors.includes(selector) });

  it('catches Ctrl/Cmd+Enter too, unless the site says only Enter sends', () => {
    const p = page();
    const scan = vi.fn(async () => reply('allow'));
    startSendGuard(p.win, DEMO_SITE, { scan, panel, prescan: false });
    p.composer.value = 'hello';
    const ctrlEnter = event([p.composer], { ctrlKey: true });
    p.listeners.get('keydown')!(ctrlEnter);
    expect(ctrlEnter.preventDefault).toHaveBeenCalled();

    const q = page();
    startSendGuard(q.win, { ...DEMO_SITE, sendKeys: ['Enter'] }, { scan, panel, prescan: false });
    q.composer.value = 'hello';
    const ignored = event([q.composer], { ctrlKey: true });
    q.listeners.get('keydown')!(ignored);
    expect(ignored.preventDefault).not.toHaveBeenCalled();
  });

  it('finds the composer from the event path (a second composer, e.g. an edit box) and reads that one', async () => {
    const p = page();
    const edit = Object.assign(p.doc.createElement('textarea'), { value: 'edited message', dispatchEvent: vi.fn() });
    answers(edit, 'form textarea');
    p.doc.body.append(edit);
    const { scan } = start(p, reply('allow'));
    p.composer.value = 'main composer text';
    p.listeners.get('keydown')!(event([edit, p.doc.body]));
    await settle();
    expect(scan).toHaveBeenCalledWith('edited message');
    expect(edit.dispatchEvent).toHaveBeenCalledOnce();
    expect(p.composer.dispatchEvent).not.toHaveBeenCalled();
  });

  it('replays a click on the control the user clicked, not on a look-alike found first', async () => {
    const p = page();
    const toggle = Object.assign(p.doc.createElement('button'), { click: vi.fn() });
    p.form.children.unshift(toggle);
    const real = answers(Object.assign(p.doc.createElement('button'), { click: vi.fn() }), 'form button[type="submit"]');
    p.form.append(real);
    start(p, reply('allow'));
    p.composer.value = 'hello';
    const click = event([real, p.form]);
    p.listeners.get('click')!(click);
    expect(click.preventDefault).toHaveBeenCalled();
    await settle();
    expect(real.click).toHaveBeenCalledOnce();
    expect(toggle.click).not.toHaveBeenCalled();
    expect(p.send.click).not.toHaveBeenCalled();
  });

  it('uses the page’s new composer when the app re-rendered it during the check', async () => {
    const p = page();
    let resolve!: (value: Result<ScanReply>) => void;
    startSendGuard(p.win, DEMO_SITE, { scan: () => new Promise((r) => (resolve = r)), panel, prescan: false });
    p.composer.value = 'hello';
    p.listeners.get('keydown')!(event([p.composer, p.form]));
    // The app swaps the composer element for a new one holding the same draft.
    const fresh = Object.assign(p.doc.createElement('textarea'), { value: 'hello', dispatchEvent: vi.fn() });
    fresh.setAttribute('data-rampart-demo', 'composer');
    p.composer.remove();
    p.form.append(fresh);
    resolve(reply('allow'));
    await settle();
    expect(fresh.dispatchEvent).toHaveBeenCalledOnce();
    expect(views).toEqual([]);
  });

  it('a replaced composer with different text sends nothing', async () => {
    const p = page();
    let resolve!: (value: Result<ScanReply>) => void;
    startSendGuard(p.win, DEMO_SITE, { scan: () => new Promise((r) => (resolve = r)), panel, prescan: false });
    p.composer.value = 'hello';
    p.listeners.get('keydown')!(event([p.composer, p.form]));
    const fresh = Object.assign(p.doc.createElement('textarea'), { value: '', dispatchEvent: vi.fn() });
    fresh.setAttribute('data-rampart-demo', 'composer');
    p.composer.remove();
    p.form.append(fresh);
    resolve(reply('allow'));
    await settle();
    expect(fresh.dispatchEvent).not.toHaveBeenCalled();
    expect(p.composer.dispatchEvent).not.toHaveBeenCalled();
    expect(views.at(-1)?.title).toMatch(/changed while Rampart was checking/);
  });

  it('a clean text pre-scanned during a typing pause is sent without interception', async () => {
    vi.useFakeTimers();
    try {
      const p = page();
      const scan = vi.fn(async () => reply('allow'));
      const prescan = vi.fn(async () => reply('allow'));
      startSendGuard(p.win, DEMO_SITE, { scan, prescan, panel, warm: vi.fn() });
      p.composer.value = 'hello there';
      p.listeners.get('input')!(event([p.composer]));
      await vi.advanceTimersByTimeAsync(300);
      expect(prescan).toHaveBeenCalledWith('hello there');
      const keydown = event([p.composer, p.form]);
      p.listeners.get('keydown')!(keydown);
      expect(keydown.preventDefault).not.toHaveBeenCalled();
      expect(scan).not.toHaveBeenCalled();

      // One more character without a pause: the usual check.
      p.composer.value = 'hello there!';
      p.listeners.get('input')!(event([p.composer]));
      const again = event([p.composer, p.form]);
      p.listeners.get('keydown')!(again);
      expect(again.preventDefault).toHaveBeenCalled();
      expect(scan).toHaveBeenCalledWith('hello there!');
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes selectors from the adapter source at event time (managed overrides arriving late)', () => {
    const p = page();
    const custom = answers(p.doc.createElement('div'), 'div.custom-composer');
    p.doc.body.append(custom);
    let adapter = DEMO_SITE;
    const scan = vi.fn(async () => reply('allow'));
    startSendGuard(p.win, { current: () => adapter, stop: () => undefined }, { scan, panel, prescan: false });
    const early = event([custom, p.doc.body]);
    p.listeners.get('keydown')!(early);
    expect(early.preventDefault).not.toHaveBeenCalled();
    adapter = { ...DEMO_SITE, composer: ['div.custom-composer', ...DEMO_SITE.composer] };
    Object.assign(custom, { nodeType: 1, nodeName: 'DIV', childNodes: [{ nodeType: 3, nodeName: '#text', childNodes: [], data: 'typed' }] });
    const late = event([custom, p.doc.body]);
    p.listeners.get('keydown')!(late);
    expect(late.preventDefault).toHaveBeenCalled();
    expect(scan).toHaveBeenCalledWith('typed');
  });

  it('asks for a pre-scan as a content:scan flagged prescan (left out of the history)', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply('allow'));
    try {
      expect(await requestPrescan('typed so far')).toMatchObject({ ok: true, value: { verdict: { action: 'allow' } } });
      expect(send).toHaveBeenCalledWith({ type: 'content:scan', text: 'typed so far', direction: 'inbound', purpose: 'prescan' });
    } finally {
      send.mockRestore();
    }
  });
});
