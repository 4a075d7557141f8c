import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_REFRESH_MS, startStatusBadge } from '../../../../lib/adapters/content/status-badge.ts';
import { BADGE_GAP_PX, CORNER_PX, VIEWPORT_MARGIN_PX } from '../../../../lib/content/status-badge-view.ts';
import { setLocale } from '../../../../lib/ui/i18n.ts';
import { FakeDocument, fakeRect, type FakeNode } from '../../../support/fake-dom.ts';

/** A page with a composer inside a form, and the badge started on it. */
function setup({ withComposer = true } = {}) {
  const doc = new FakeDocument();
  const win = doc.defaultView;
  const form = doc.createElement('form');
  const composer = doc.createElement('textarea');
  composer.rect = fakeRect(200, 600, 500, 80);
  form.append(composer);
  if (withComposer) doc.body.append(form);
  let current: FakeNode | null = withComposer ? composer : null;
  const findComposer = vi.fn(() => current as unknown as Element | null);
  const badge = startStatusBadge(doc as unknown as Document, findComposer);
  const host = () => doc.body.children.find((node) => node.localName === 'rampart-status');
  const part = (className: string) => host()!.shadowRoot!.descendants().find((node) => node.className.split(' ')[0] === className)!;
  const button = () => part('badge');
  // The first frame mounts the host (into <body>, which may not exist at document_start).
  win.flushFrames();
  // The pill's measured size (fonts decide it in a real browser), then a frame to place it.
  button().rect = fakeRect(0, 0, 120, 22);
  win.dispatchScroll();
  win.flushFrames();
  const live = () => host()!.shadowRoot!.descendants().find((node) => node.getAttribute('role') === 'status')!;
  const infoText = () => part('info').children.map((p) => p.textContent);
  return { doc, win, form, composer, badge, host, part, button, live, infoText, findComposer, setComposer: (node: FakeNode | null) => (current = node) };
}

describe('status badge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    setLocale('en');
  });

  it('renders "Rampart on" in a shadow root, just above the composer’s top-right corner', () => {
    const { win, host, part, button, live } = setup();
    expect(host()?.getAttribute('data-rampart-ui')).toBe('');
    expect(host()!.shadowRoot!.children.map((n) => n.localName)).toEqual(['style', 'div', 'span']);
    expect(button().localName).toBe('button');
    expect(button().textContent).toBe('Rampart on');
    expect(button().dataset.state).toBe('on');
    expect(live().textContent).toBe('');
    win.flushFrames();
    expect(part('wrap').hidden).toBe(false);
    expect(part('wrap').style.top).toBe(`${600 - BADGE_GAP_PX - 22}px`);
    expect(part('wrap').style.left).toBe(`${700 - 120}px`);
    expect(part('wrap').style.visibility).toBe('');
  });

  it('hides while the composer is off screen, and follows it when it moves or grows', () => {
    const { win, composer, part } = setup();
    win.flushFrames();
    composer.rect = fakeRect(200, 900, 500, 80);
    win.dispatchScroll();
    win.flushFrames();
    expect(part('wrap').hidden).toBe(true);
    composer.rect = fakeRect(200, 500, 500, 180);
    win.resizeObservers[0]!.trigger();
    win.flushFrames();
    expect(part('wrap').hidden).toBe(false);
    expect(part('wrap').style.top).toBe(`${500 - BADGE_GAP_PX - 22}px`);
  });

  it('throttles scroll and resize to one update per animation frame', () => {
    const { win } = setup();
    win.flushFrames();
    for (let i = 0; i < 20; i++) win.dispatchScroll();
    for (const listener of win.listeners.get('resize') ?? []) listener({ type: 'resize', isTrusted: true });
    expect(win.pendingFrames).toBe(1);
  });

  it('finds a composer that appears or is replaced later', () => {
    const { win, form, part, findComposer, setComposer } = setup({ withComposer: false });
    win.flushFrames();
    expect(part('wrap').hidden).toBe(true);
    const doc = form.ownerDocument;
    doc.body.append(form);
    setComposer(form.children[0]!);
    vi.advanceTimersByTime(BADGE_REFRESH_MS);
    win.flushFrames();
    expect(findComposer).toHaveBeenCalledTimes(2);
    expect(part('wrap').hidden).toBe(false);
    expect([...win.resizeObservers[0]!.observed]).toEqual([form.children[0]]);
  });

  it('degraded: says so, announces it, and sits in the corner when there is no composer', () => {
    const { win, badge, button, live, part } = setup({ withComposer: false });
    badge.setState({ state: 'degraded', detail: 'no selector matched' });
    expect(button().textContent).toBe('Rampart: message box not found — not checking');
    expect(button().dataset.state).toBe('degraded');
    expect(live().textContent).toBe('Rampart: message box not found — not checking');
    win.flushFrames();
    expect(part('wrap').hidden).toBe(false);
    expect(part('wrap').style.top).toBe(`${800 - CORNER_PX - 22}px`);
    expect(part('wrap').style.left).toBe(`${1280 - CORNER_PX - 120}px`);
    badge.setState({ state: 'paused' });
    expect(button().textContent).toBe('Rampart paused by policy');
    win.flushFrames();
    expect(part('wrap').hidden).toBe(true);
  });

  it('does not re-announce an unchanged state', () => {
    const { badge, live } = setup();
    badge.setState({ state: 'on' });
    expect(live().textContent).toBe('');
  });

  it('click or Enter opens the explanation without taking focus or reaching the page', () => {
    const { doc, win, composer, badge, button, part, infoText } = setup();
    const pageClicks = vi.fn();
    const pageKeys = vi.fn();
    doc.addEventListener('click', pageClicks);
    win.addEventListener('keydown', pageKeys);
    composer.focus();
    const press = button().dispatch('mousedown');
    expect(press.defaultPrevented).toBe(true);
    expect(doc.focused).toBe(composer);

    badge.noteVerdict({ action: 'warn', at: new Date(2025, 0, 1, 14, 5).getTime() });
    button().click();
    expect(pageClicks).not.toHaveBeenCalled();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(part('info').hidden).toBe(false);
    expect(infoText()[0]).toBe('Rampart checks each message on this device before the page sends it.');
    expect(infoText()[1]).toMatch(/^Last check: warning at .+\.$/);

    button().dispatch('keydown', { key: 'Escape' });
    expect(pageKeys).not.toHaveBeenCalled();
    expect(part('info').hidden).toBe(true);
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(doc.focused).toBe(composer);
  });

  it('closes the explanation on a press elsewhere, not on one inside it', () => {
    const { doc, button, part } = setup();
    button().click();
    part('info').dispatch('pointerdown');
    expect(part('info').hidden).toBe(false);
    doc.body.dispatch('pointerdown');
    expect(part('info').hidden).toBe(true);
  });

  it('opens the explanation below the badge when there is no room above', () => {
    const { win, composer, button, part } = setup();
    composer.rect = fakeRect(200, 120, 500, 80);
    part('info').rect = fakeRect(0, 0, 300, 140);
    button().click();
    win.flushFrames();
    expect(part('info').className).toBe('info below');
    composer.rect = fakeRect(200, 600, 500, 80);
    win.dispatchScroll();
    win.flushFrames();
    expect(part('info').className).toBe('info');
  });

  it('matches the page: dark around the composer gives data-theme="dark"', () => {
    const { doc, form, host } = setup();
    expect(host()!.getAttribute('data-theme')).toBe('light');
    doc.body.computedStyle.backgroundColor = 'rgb(33, 33, 33)';
    vi.advanceTimersByTime(BADGE_REFRESH_MS);
    expect(host()!.getAttribute('data-theme')).toBe('dark');
    form.computedStyle.backgroundColor = 'rgb(250, 250, 250)';
    vi.advanceTimersByTime(BADGE_REFRESH_MS);
    expect(host()!.getAttribute('data-theme')).toBe('light');
  });

  it('sees a site’s theme switch on <html>/<body> and the system’s at once', () => {
    const { doc, win, host } = setup();
    const [observer] = win.mutationObservers;
    expect([...observer!.observed.keys()]).toEqual([doc.documentElement, doc.body]);
    expect(observer!.observed.get(doc.documentElement)).toMatchObject({ attributes: true, attributeFilter: expect.arrayContaining(['class', 'style']) });
    doc.body.computedStyle.backgroundColor = 'rgb(33, 33, 33)';
    observer!.trigger();
    expect(host()!.getAttribute('data-theme')).toBe('dark');
    doc.body.computedStyle.backgroundColor = 'rgba(0, 0, 0, 0)';
    doc.documentElement.computedStyle.colorScheme = 'light dark';
    win.setPrefersDark(true);
    expect(host()!.getAttribute('data-theme')).toBe('dark');
    win.setPrefersDark(false);
    expect(host()!.getAttribute('data-theme')).toBe('light');
  });

  it('comes back when the page drops it, and stop() removes everything', () => {
    const { doc, win, badge, host, findComposer } = setup();
    doc.body.replaceChildren();
    expect(host()).toBeUndefined();
    vi.advanceTimersByTime(BADGE_REFRESH_MS);
    win.flushFrames();
    expect(host()?.isConnected).toBe(true);
    badge.stop();
    expect(host()).toBeUndefined();
    expect(win.listenerCount('scroll') + win.listenerCount('resize') + doc.listenerCount('pointerdown')).toBe(0);
    const calls = findComposer.mock.calls.length;
    vi.advanceTimersByTime(BADGE_REFRESH_MS * 3);
    expect(findComposer.mock.calls.length).toBe(calls);
    expect(win.resizeObservers[0]!.observed.size).toBe(0);
    expect(win.mutationObservers[0]!.observed.size).toBe(0);
  });

  it('speaks the active language', () => {
    setLocale('de');
    const { button } = setup();
    expect(button().textContent).toBe('Rampart aktiv');
  });

  it('mounts after the page’s markup is parsed, so it is not the page’s first Tab stop', () => {
    const doc = new FakeDocument();
    doc.readyState = 'loading';
    startStatusBadge(doc as unknown as Document, () => null);
    doc.defaultView.flushFrames();
    expect(doc.body.children).toHaveLength(0);
    const heading = doc.createElement('h1');
    doc.body.append(heading);
    doc.readyState = 'interactive';
    for (const listener of doc.listeners.get('DOMContentLoaded') ?? []) listener({ type: 'DOMContentLoaded', isTrusted: true });
    doc.defaultView.flushFrames();
    expect(doc.body.children.map((node) => node.localName)).toEqual(['h1', 'rampart-status']);
  });

  it('never covers the send button: a button below the composer rules out the spot below it', () => {
    const doc = new FakeDocument();
    const composer = doc.createElement('textarea');
    const send = doc.createElement('button');
    doc.body.append(composer, send);
    composer.rect = fakeRect(200, 0, 500, 300); // at the top: no room above
    send.rect = fakeRect(600, 304, 100, 40); // just below its right end
    startStatusBadge(doc as unknown as Document, () => composer as unknown as Element, {
      findSendControl: () => send as unknown as Element,
    });
    const win = doc.defaultView;
    win.flushFrames();
    const root = doc.body.children.find((node) => node.localName === 'rampart-status')!.shadowRoot!;
    root.descendants().find((node) => node.className === 'badge')!.rect = fakeRect(0, 0, 120, 22);
    win.dispatchScroll();
    win.flushFrames();
    const wrap = root.descendants().find((node) => node.className === 'wrap')!;
    // Not below (over the button): inside the composer's top-right corner instead.
    expect(wrap.style.top).toBe(`${VIEWPORT_MARGIN_PX}px`);
    expect(wrap.style.left).toBe(`${700 - 120}px`);
  });
});
