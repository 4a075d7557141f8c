import type { ReplyNote } from '../../content/reply-treatment.ts';
import { t } from '../../ui/i18n.ts';
import { HELP_CSS, renderHelp } from './help-section.ts';
import { applyPageTheme, THEME_CSS } from './ui-theme.ts';

/**
 * The note under a reply: what Rampart found, in words, and "Show reply" for a blurred one. In a
 * shadow root so the chat site's CSS cannot restyle or hide it; built with createElement and
 * textContent only (Trusted Types on Google sites, and nothing from a verdict is ever markup).
 */
const STYLE = `${THEME_CSS}
:host { display: block; margin: 6px 0; }
.note { box-sizing: border-box; max-width: 100%; padding: 8px 12px; border-radius: 8px; border: 1px solid var(--rampart-border);
  border-left-width: 4px; background: var(--rampart-surface); color: var(--rampart-text); font: 13px/1.4 system-ui, sans-serif; }
.tone-warn { border-color: var(--rampart-warn); } .tone-block, .tone-error { border-color: var(--rampart-block); }
.tone-info { border-color: var(--rampart-info); }
.title { display: block; font-weight: 600; }
ul { margin: 4px 0 0; padding-left: 18px; } li { margin: 2px 0; }
button { margin-top: 6px; }
${HELP_CSS}
.help { margin: 8px 0 0; }
`;

export interface ReplyNotes {
  /** Shows `note` under `reply` (replacing any earlier one), or removes it when undefined. */
  show(reply: Element, note: ReplyNote | undefined, onReveal: () => void): void;
}

export function createReplyNotes(doc: Document): ReplyNotes {
  const hosts = new WeakMap<Element, HTMLElement>();

  function render(note: ReplyNote, onReveal: () => void): HTMLElement {
    const box = doc.createElement('section');
    box.className = `note tone-${note.tone}`;
    // Announced once when it appears or changes, without taking focus from the conversation.
    box.setAttribute('role', 'status');
    const title = doc.createElement('strong');
    title.className = 'title';
    title.textContent = note.title;
    box.append(title);
    if (note.lines.length > 0) {
      const list = doc.createElement('ul');
      for (const line of note.lines) {
        const item = doc.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      box.append(list);
    }
    // Kids mode, distress: the helplines, rendered exactly as in the verdict panel.
    if (note.help) box.append(renderHelp(doc, note.help).section);
    if (note.reveal) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.dataset.action = 'reveal';
      button.textContent = t('reply.reveal');
      // The shadow root is open (tests, assistive tooling): only the user's own click may reveal.
      button.addEventListener('click', (event) => {
        if (event.isTrusted) onReveal();
      });
      box.append(button);
    }
    return box;
  }

  return {
    show(reply, note, onReveal) {
      let host = hosts.get(reply);
      if (!note) {
        host?.remove();
        return;
      }
      if (!host) {
        host = doc.createElement('rampart-reply-note');
        host.setAttribute('data-rampart-ui', '');
        host.attachShadow({ mode: 'open' });
        hosts.set(reply, host);
      }
      const style = doc.createElement('style');
      style.textContent = STYLE;
      host.shadowRoot!.replaceChildren(style, render(note, onReveal));
      // Right after the reply; re-inserted when the app re-rendered the surroundings.
      if (host.previousElementSibling !== reply) reply.after(host);
      // Light or dark like the conversation around the reply (the shared in-page palette).
      applyPageTheme(host, doc, reply);
    },
  };
}
