import {
  badgeView,
  BADGE_GAP_PX,
  explanationAbove,
  placeBadge,
  type BadgeStatus,
  type LastVerdict,
} from '../../content/status-badge-view.ts';
import { applyPageTheme, THEME_CSS, THEME_SWITCH_ATTRIBUTES } from './ui-theme.ts';

export type { BadgeState, BadgeStatus, LastVerdict } from '../../content/status-badge-view.ts';

export interface StatusBadgeOptions {
  /** The page's send control: the badge never covers it (some sites put it beside or below the box). */
  findSendControl?: () => Element | null;
}

export interface StatusBadge {
  /** on / degraded (adapter health) / paused (policy); `detail` appears in the explanation. */
  setState(status: BadgeStatus): void;
  /** The newest verdict's action and time, for the explanation (never any text). */
  noteVerdict(last: LastVerdict): void;
  /** Removes the badge and every listener, observer and timer it added. */
  stop(): void;
}

/**
 * How often the badge looks for a composer that appeared or was replaced (single-page apps
 * re-render it on navigation), re-reads the page's theme and re-attaches itself when the page
 * dropped it. Position changes in between are caught by scroll, resize and ResizeObserver.
 */
export const BADGE_REFRESH_MS = 1000;

const STYLE = `${THEME_CSS}
:host { position: static; }
.wrap { position: fixed; top: 0; left: 0; z-index: 2147483646; font: 12px/1.3 system-ui, sans-serif; }
.wrap[hidden] { display: none; }
.badge { display: inline-flex; align-items: center; gap: 6px; padding: 2px 9px 2px 7px; border-radius: 999px;
  border: 1px solid var(--rampart-border); background: var(--rampart-surface); color: var(--rampart-text);
  box-shadow: 0 1px 4px var(--rampart-shadow); white-space: nowrap; font: inherit; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.badge[data-state="on"] .dot { background: var(--rampart-on); }
.badge[data-state="degraded"] .dot { background: var(--rampart-degraded); }
.badge[data-state="paused"] .dot { background: var(--rampart-paused); }
.badge[data-state="degraded"] { border-color: var(--rampart-degraded); }
.info { position: absolute; right: 0; bottom: calc(100% + ${BADGE_GAP_PX}px); box-sizing: border-box;
  width: max-content; max-width: min(320px, calc(100vw - 16px)); padding: 8px 10px; border-radius: 8px;
  border: 1px solid var(--rampart-border); background: var(--rampart-surface); color: var(--rampart-text);
  box-shadow: 0 4px 16px var(--rampart-shadow); white-space: normal; }
.info.below { bottom: auto; top: calc(100% + ${BADGE_GAP_PX}px); }
.info[hidden] { display: none; }
.info p { margin: 0; } .info p + p { margin-top: 4px; color: var(--rampart-muted); }
`;

interface Parts {
  host: HTMLElement;
  wrap: HTMLElement;
  badge: HTMLButtonElement;
  label: HTMLElement;
  info: HTMLElement;
  live: HTMLElement;
}

function build(doc: Document): Parts {
  const host = doc.createElement('rampart-status');
  host.setAttribute('data-rampart-ui', '');
  // Open for the same reason as the verdict panel; the badge can only show an explanation.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;

  const wrap = doc.createElement('div');
  wrap.className = 'wrap';
  wrap.hidden = true;

  const badge = doc.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.setAttribute('aria-expanded', 'false');
  badge.setAttribute('aria-controls', 'rampart-status-info');
  const dot = doc.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.className = 'label';
  badge.append(dot, label);

  const info = doc.createElement('div');
  info.id = 'rampart-status-info';
  info.className = 'info';
  info.hidden = true;

  // A separate polite live region: state changes are announced, the first render is not (a
  // screen reader user does not need "Rampart on" read out on every page load).
  const live = doc.createElement('span');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  wrap.append(badge, info);
  root.append(style, wrap, live);
  return { host, wrap, badge, label, info, live };
}

/**
 * The small status pill next to the chat composer: "Rampart on", degraded ("message box not
 * found — not checking") or paused by policy. Click or Enter opens a short explanation (what is
 * checked, the last verdict). It never takes focus by itself — a mouse click on it leaves focus in
 * the composer — and its clicks and keys stay inside it, so the page never reacts to them.
 */
export function startStatusBadge(doc: Document, findComposer: () => Element | null, options: StatusBadgeOptions = {}): StatusBadge {
  const win = doc.defaultView!;
  const parts = build(doc);
  const { host, wrap, badge, label, info, live } = parts;
  let status: BadgeStatus = { state: 'on' };
  let last: LastVerdict | undefined;
  let composer: Element | null = null;
  let frame = 0;
  let stopped = false;
  const abort = new AbortController();

  const renderText = (): void => {
    const view = badgeView(status, last);
    badge.dataset.state = view.state;
    label.textContent = view.label;
    info.replaceChildren(
      ...view.explanation.map((line) => {
        const paragraph = doc.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }),
    );
  };

  const setOpen = (open: boolean): void => {
    info.hidden = !open;
    badge.setAttribute('aria-expanded', String(open));
    schedule();
  };

  function update(): void {
    if (stopped) return;
    if (!host.isConnected) {
      // Mounted once the page's own markup is parsed, so that the badge comes after it in the
      // Tab order (the first Tab on the page must not land on Rampart's badge).
      if (doc.readyState === 'loading') {
        doc.addEventListener('DOMContentLoaded', schedule, { once: true, signal: abort.signal });
        return;
      }
      (doc.body ?? doc.documentElement).append(host);
    }
    const box = composer?.isConnected ? composer.getBoundingClientRect() : undefined;
    const send = options.findSendControl?.();
    // Measure while invisible: the pill's size depends on its text and the page's fonts.
    wrap.style.visibility = 'hidden';
    wrap.hidden = false;
    const size = badge.getBoundingClientRect();
    const placement = placeBadge({
      composer: box,
      badge: { width: size.width, height: size.height },
      viewport: { width: win.innerWidth, height: win.innerHeight },
      state: status.state,
      avoid: send ? [send.getBoundingClientRect()] : [],
    });
    if (!placement.visible) {
      wrap.hidden = true;
      if (!info.hidden) setOpen(false);
      return;
    }
    wrap.style.top = `${placement.top}px`;
    wrap.style.left = `${placement.left}px`;
    if (!info.hidden) info.className = explanationAbove(placement.top, info.getBoundingClientRect().height) ? 'info' : 'info below';
    wrap.style.visibility = '';
  }

  function schedule(): void {
    if (!frame && !stopped) {
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    }
  }

  const resizeObserver = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(schedule) : undefined;

  // The composer's surroundings are what the badge sits on.
  const retheme = (): void => void applyPageTheme(host, doc, composer?.parentElement ?? composer);
  // A site's theme switch (a class or color-scheme on <html>/<body>) and the system's are seen at
  // once; anything subtler (a new stylesheet) by the periodic refresh.
  const themeObserver = typeof win.MutationObserver === 'function' ? new win.MutationObserver(retheme) : undefined;
  const watched = new Set<Element>();
  const watchThemeSwitches = (): void => {
    for (const element of [doc.documentElement, doc.body]) {
      if (!element || watched.has(element)) continue;
      watched.add(element);
      themeObserver?.observe(element, { attributes: true, attributeFilter: [...THEME_SWITCH_ATTRIBUTES] });
    }
  };
  win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', retheme, { signal: abort.signal });

  function refresh(): void {
    const found = findComposer();
    if (found !== composer) {
      if (composer) resizeObserver?.unobserve(composer);
      composer = found;
      if (composer) resizeObserver?.observe(composer);
    }
    watchThemeSwitches();
    retheme();
    schedule();
  }

  // Keep the page out of it: a mouse press would move focus out of the composer, and clicks or
  // keys reaching the page could trigger its own handlers ("click outside closes the menu").
  badge.addEventListener('mousedown', (event) => event.preventDefault());
  badge.addEventListener('click', (event) => {
    event.stopPropagation();
    setOpen(info.hidden);
  });
  wrap.addEventListener('keydown', (event) => {
    // Keys pressed on the badge are the badge's: the page's own shortcuts must not fire.
    event.stopPropagation();
    if ((event as KeyboardEvent).key === 'Escape' && !info.hidden) setOpen(false);
  });
  const closeOnOutsidePress = (event: Event): void => {
    if (!info.hidden && !event.composedPath().includes(host)) setOpen(false);
  };

  const passive = { capture: true, passive: true, signal: abort.signal };
  win.addEventListener('scroll', schedule, passive);
  win.addEventListener('resize', schedule, passive);
  doc.addEventListener('pointerdown', closeOnOutsidePress, passive);
  const timer = win.setInterval(refresh, BADGE_REFRESH_MS);

  renderText();
  refresh();

  return {
    setState(next) {
      const changed = next.state !== status.state;
      status = { state: next.state, ...(next.detail ? { detail: next.detail } : {}) };
      renderText();
      if (changed) live.textContent = label.textContent;
      schedule();
    },
    noteVerdict(verdict) {
      last = { action: verdict.action, at: verdict.at };
      renderText();
    },
    stop() {
      stopped = true;
      abort.abort();
      win.clearInterval(timer);
      if (frame) win.cancelAnimationFrame(frame);
      resizeObserver?.disconnect();
      themeObserver?.disconnect();
      host.remove();
    },
  };
}
