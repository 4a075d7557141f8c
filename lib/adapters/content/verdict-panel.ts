import type { PanelView } from '../../content/panel-view.ts';
import { HELP_CSS, renderHelp } from './help-section.ts';
import { applyPageTheme, THEME_CSS } from './ui-theme.ts';

/**
 * The panel's look. It lives in a shadow root so the chat site's CSS cannot restyle or hide it,
 * and Rampart's CSS cannot leak into the site. THEME_CSS's `all: initial` on the host undoes
 * inherited page styles (font, colour, text-transform) that would otherwise cross the shadow
 * boundary; its custom properties give the light or dark palette.
 */
const STYLE = `${THEME_CSS}
:host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.panel { box-sizing: border-box; max-width: min(440px, calc(100vw - 32px)); max-height: 60vh; overflow: auto;
  padding: 12px 14px; border-radius: 8px; border: 2px solid var(--rampart-border);
  background: var(--rampart-surface); color: var(--rampart-text);
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px var(--rampart-shadow); }
.tone-warn { border-color: var(--rampart-warn); } .tone-block, .tone-error { border-color: var(--rampart-block); }
.tone-info { border-color: var(--rampart-info); }
.title { display: block; font-weight: 600; margin: 0 0 6px; }
ul { margin: 0 0 8px; padding-left: 18px; } li { margin: 2px 0; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
${HELP_CSS}
`;

/** Where the panel appears (bottom-right): the page there decides light or dark. */
const PANEL_CORNER_INSET_PX = 24;

export interface VerdictPanel {
  show(view: PanelView): void;
  hide(): void;
}

/** Tab and Shift+Tab wrap around the panel's buttons (and help link) instead of leaving it. */
function trapTab(event: KeyboardEvent, root: ShadowRoot, buttons: HTMLElement[]): void {
  if (event.key !== 'Tab' || buttons.length === 0) return;
  const first = buttons[0]!;
  const last = buttons.at(-1)!;
  const active = root.activeElement;
  const inside = buttons.includes(active as HTMLElement);
  if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

function render(doc: Document, root: ShadowRoot, view: PanelView): HTMLElement {
  const panel = doc.createElement('section');
  panel.className = `panel tone-${view.tone}`;
  panel.setAttribute('role', view.role);
  // role=status is polite by definition; said explicitly (and atomic) because some screen
  // readers only announce a live region's changed node, not the whole notice.
  if (view.role === 'status') {
    panel.setAttribute('aria-live', 'polite');
    panel.setAttribute('aria-atomic', 'true');
  }
  panel.setAttribute('aria-labelledby', 'rampart-title');

  const title = doc.createElement('strong');
  title.id = 'rampart-title';
  title.className = 'title';
  title.textContent = view.title;
  panel.append(title);

  if (view.lines.length) {
    const list = doc.createElement('ul');
    list.id = 'rampart-lines';
    panel.setAttribute('aria-describedby', 'rampart-lines');
    for (const line of view.lines) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    panel.append(list);
  }

  // Focusable elements in page order: the help link (if any) comes before the buttons.
  const buttons: HTMLElement[] = [];
  if (view.help) {
    const help = renderHelp(doc, view.help);
    panel.append(help.section);
    buttons.push(help.link);
  }
  if (view.actions.length) {
    const actions = doc.createElement('div');
    actions.className = 'actions';
    for (const action of view.actions) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.dataset.action = action.id;
      button.textContent = action.label;
      // The panel is in an open shadow root the page can reach: only the user's own click or
      // key press (trusted) may choose "Send anyway", never a script on the page.
      button.addEventListener('click', (event) => {
        if (event.isTrusted) action.run();
      });
      actions.append(button);
      buttons.push(button);
    }
    panel.append(actions);
  }

  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted && view.onDismiss) {
      event.stopPropagation();
      view.onDismiss();
      return;
    }
    if (view.trapFocus) trapTab(event, root, buttons);
  });
  return panel;
}

/** The page element under the panel's corner, skipping Rampart's own UI. */
function pageUnderPanel(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return null;
  const [x, y] = [win.innerWidth - PANEL_CORNER_INSET_PX, win.innerHeight - PANEL_CORNER_INSET_PX];
  return doc.elementsFromPoint(x, y).find((element) => !element.hasAttribute('data-rampart-ui')) ?? null;
}

/**
 * Renders PanelViews (see content/panel-view.ts) with createElement/textContent only — no HTML
 * strings, so nothing from a verdict can ever be parsed as markup on the page.
 */
export function createVerdictPanel(doc: Document): VerdictPanel {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  /** Where focus was before the panel took it, to give it back when the panel closes. */
  let returnFocusTo: HTMLElement | undefined;

  function mount(): ShadowRoot {
    if (!host || !root) {
      host = doc.createElement('rampart-verdict');
      host.setAttribute('data-rampart-ui', '');
      // Open so that the end-to-end tests (and assistive tech tooling) can reach it; see the
      // trusted-event check on the buttons for why that is safe.
      root = host.attachShadow({ mode: 'open' });
      // Focus entering from the page (Tab, a click on a passive notice's button) remembers where
      // it came from; relatedTarget is the page element that lost it.
      root.addEventListener('focusin', (event) => {
        const from = (event as FocusEvent).relatedTarget as HTMLElement | null;
        if (from && from !== host && !host!.contains(from)) returnFocusTo = from;
      });
    }
    // Single-page apps replace <body> content freely; re-attach when the host was dropped.
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    return root;
  }

  return {
    show(view) {
      // Measured before mounting: the page under the panel, not the previous panel.
      const anchor = pageUnderPanel(doc);
      const shadow = mount();
      applyPageTheme(host!, doc, anchor);
      const style = doc.createElement('style');
      style.textContent = STYLE;
      const panel = render(doc, shadow, view);
      shadow.replaceChildren(style, panel);
      const focusTarget = view.focus ? panel.querySelector<HTMLButtonElement>(`button[data-action="${view.focus}"]`) : null;
      if (focusTarget) {
        const previous = doc.activeElement as HTMLElement | null;
        if (previous && previous !== host && previous !== doc.body) returnFocusTo = previous;
        focusTarget.focus();
      }
    },
    hide() {
      // Focus inside the panel would fall to <body> when it goes: hand it back to where it was
      // (the composer, usually; the send controller also refocuses the composer on Edit).
      const hadFocus = root?.activeElement != null;
      host?.remove();
      if (hadFocus && returnFocusTo?.isConnected) returnFocusTo.focus();
      returnFocusTo = undefined;
    },
  };
}
