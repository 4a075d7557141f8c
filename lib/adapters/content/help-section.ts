import type { HelpView } from '../../kids/help-resources.ts';

/**
 * Kids mode's distress path: kind words and helplines (lib/kids/help-resources.ts), as text, and
 * one link the child may follow — opened in a new tab with no opener or referrer, so the helpline
 * site learns nothing about the chat page and the page cannot reach it. Nothing is fetched. One
 * rendering for every place that shows help (the verdict panel for a sent message, the note under
 * a hidden reply), so the child always sees the same words and the same safe link.
 */

/** The help box's look; each host's stylesheet includes it (its `.title` and lists come from the host). */
export const HELP_CSS = `.help { margin: 0 0 10px; padding: 8px 10px; border-left: 4px solid var(--rampart-info); }
.help a { color: var(--rampart-info); }`;

/** The help box, and its link so a host that traps Tab can keep it in the focus cycle. */
export function renderHelp(doc: Document, help: HelpView): { section: HTMLElement; link: HTMLAnchorElement } {
  const section = doc.createElement('div');
  section.className = 'help';
  section.setAttribute('data-rampart-help', '');
  const title = doc.createElement('strong');
  title.className = 'title';
  title.textContent = help.title;
  const list = doc.createElement('ul');
  for (const line of help.lines) {
    const item = doc.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const link = doc.createElement('a');
  link.href = help.link.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = help.link.label;
  section.append(title, list, link);
  return { section, link };
}
