import type { ResourcePlaceholderView } from '../../content/resource-placeholder-view.ts';
import { applyPageTheme, THEME_CSS } from './ui-theme.ts';

/** The custom element name of the placeholder's shadow host (also how tests and the e2e find it). */
export const PLACEHOLDER_TAG = 'rampart-blocked-resource';

const STYLE = `${THEME_CSS}
:host { display: block; margin: 6px 0; max-width: 100%; }
.box { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 10px;
  border: 1px dashed var(--rampart-block); border-radius: 6px; background: var(--rampart-surface); color: var(--rampart-text);
  font: 13px/1.4 system-ui, sans-serif; }
.message { flex: 1 1 240px; overflow-wrap: anywhere; }
.error { flex-basis: 100%; color: var(--rampart-block); }
`;

export interface ResourcePlaceholder {
  /** The shadow host to insert into the page. */
  host: HTMLElement;
  /** Shows why "Load anyway" did not work, and lets the user try again. */
  showError(message: string): void;
}

/**
 * The placeholder shown instead of a blocked image/video/object: a shadow root (page CSS cannot
 * hide or restyle it), built with createElement/textContent only. "Load anyway" acts on trusted
 * clicks only — the shadow root is open, and a script on the page must not be able to load an
 * exfiltration URL by clicking it.
 */
export function createResourcePlaceholder(doc: Document, view: ResourcePlaceholderView, onLoad: () => void, anchor?: Element): ResourcePlaceholder {
  const host = doc.createElement(PLACEHOLDER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', view.label);
  const message = doc.createElement('span');
  message.className = 'message';
  message.textContent = view.message;
  box.append(message);
  let button: HTMLButtonElement | undefined;
  if (view.loadLabel) {
    button = doc.createElement('button');
    button.type = 'button';
    button.textContent = view.loadLabel;
    button.addEventListener('click', (event) => {
      if (!event.isTrusted || button!.disabled) return;
      button!.disabled = true;
      onLoad();
    });
    box.append(button);
  }
  const error = doc.createElement('span');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  box.append(error);
  root.append(style, box);
  applyPageTheme(host, doc, anchor);
  return {
    host,
    showError(text) {
      error.textContent = text;
      error.hidden = false;
      if (button) button.disabled = false;
    },
  };
}
