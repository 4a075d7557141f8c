import type { PanelView } from '../../content/panel-view.ts';

/**
 * The panel's look. It lives in a shadow root so the chat site's CSS cannot restyle or hide it,
 * and Rampart's CSS cannot leak into the site. `all: initial` on the host undoes inherited page
 * styles (font, colour, text-transform) that would otherwise cross the shadow boundary.
 */
const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.panel { box-sizing: border-box; max-width: min(440px, calc(100vw - 32px)); max-height: 60vh; overflow: auto;
  padding: 12px 14px; border-radius: 8px; border: 2px solid #555; background: #fff; color: #111;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.tone-warn { border-color: #b26a00; } .tone-block, .tone-error { border-color: #b00020; } .tone-info { border-color: #1a5fb4; }
.title { display: block; font-weight: 600; margin: 0 0 6px; }
ul { margin: 0 0 8px; padding-left: 18px; } li { margin: 2px 0; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #444; background: #f4f4f4; color: #111; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
`;

export interface VerdictPanel {
  show(view: PanelView): void;
  hide(): void;
}

function render(doc: Document, view: PanelView): HTMLElement {
  const panel = doc.createElement('section');
  panel.className = `panel tone-${view.tone}`;
  panel.setAttribute('role', view.role);
  panel.setAttribute('aria-labelledby', 'rampart-title');

  const title = doc.createElement('strong');
  title.id = 'rampart-title';
  title.className = 'title';
  title.textContent = view.title;
  panel.append(title);

  if (view.lines.length) {
    const list = doc.createElement('ul');
    for (const line of view.lines) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    panel.append(list);
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
    }
    panel.append(actions);
  }

  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted && view.onDismiss) {
      event.stopPropagation();
      view.onDismiss();
    }
  });
  return panel;
}

/**
 * Renders PanelViews (see content/panel-view.ts) with createElement/textContent only — no HTML
 * strings, so nothing from a verdict can ever be parsed as markup on the page.
 */
export function createVerdictPanel(doc: Document): VerdictPanel {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;

  function mount(): ShadowRoot {
    if (!host || !root) {
      host = doc.createElement('rampart-verdict');
      host.setAttribute('data-rampart-ui', '');
      // Open so that the end-to-end tests (and assistive tech tooling) can reach it; see the
      // trusted-event check on the buttons for why that is safe.
      root = host.attachShadow({ mode: 'open' });
    }
    // Single-page apps replace <body> content freely; re-attach when the host was dropped.
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    return root;
  }

  return {
    show(view) {
      const shadow = mount();
      const style = doc.createElement('style');
      style.textContent = STYLE;
      const panel = render(doc, view);
      shadow.replaceChildren(style, panel);
      const focusTarget = view.focus ? panel.querySelector<HTMLButtonElement>(`button[data-action="${view.focus}"]`) : null;
      focusTarget?.focus();
    },
    hide() {
      host?.remove();
    },
  };
}
