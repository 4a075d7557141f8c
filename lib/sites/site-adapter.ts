/**
 * How Rampart finds its way around one chat site's page: data, not code, so that admins can push
 * selector overrides through managed policy when a site changes its markup. Each list is ordered:
 * the first selector that matches wins.
 */
export interface SiteAdapter {
  id: string;
  /** The site's name as users know it (popup, badge). */
  name: string;
  /** Host names (exact) the adapter applies to. */
  hosts: string[];
  /** The kind of editor the composer is: decides how redacted text is written back. */
  editor: EditorKind;
  composer: string[];
  send: string[];
  /** Present while a reply is streaming. */
  streaming: string[];
  /** Assistant reply containers (the newest one is the reply being written). */
  reply: string[];
  /** The user's own turns: the last one is the prompt a reply answers (exfil's conversation text). */
  userMessage: string[];
  /** The keystrokes that send a message on this site (default: DEFAULT_SEND_KEYS). */
  sendKeys?: readonly SendShortcut[];
}

export type EditorKind = 'textarea' | 'prosemirror' | 'quill' | 'lexical' | 'contenteditable';

/** The selector lists of an adapter (what admins may override). */
export const SELECTOR_FIELDS = ['composer', 'send', 'streaming', 'reply', 'userMessage'] as const;
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

/** `Mod` is Ctrl or Cmd (Meta): chat apps accept either for "send" where they accept one. */
export type SendShortcut = 'Enter' | 'Mod+Enter';

/**
 * Enter sends on every supported site, and Ctrl/Cmd+Enter sends too on most (or does so after a
 * user setting makes plain Enter a line break). Catching a shortcut that does not send on a site
 * only costs a scan; missing one that does would let a message through unchecked.
 */
export const DEFAULT_SEND_KEYS: readonly SendShortcut[] = ['Enter', 'Mod+Enter'];
