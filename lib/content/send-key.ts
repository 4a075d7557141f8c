import { DEFAULT_SEND_KEYS, type SendShortcut } from '../sites/site-adapter.ts';

/** The parts of a KeyboardEvent that decide whether it is a "send" keystroke. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  isComposing: boolean;
  keyCode: number;
  isTrusted: boolean;
}

/**
 * keyCode 229 is what Chromium reports for keys that an input method (IME) consumes, and Safari
 * fires the final Enter of a composition with `isComposing` already false — checking both keeps
 * a Japanese or Chinese user's "confirm this word" Enter from being taken as "send".
 * Untrusted events are the page's own script (or Rampart's release) and are not the user sending.
 * Shift+Enter is a line break everywhere. Alt is not looked at: pages that send on Enter rarely
 * check it, so Alt+Enter sends there and must be caught like Enter.
 */
export function isSendKey(event: KeyLike, shortcuts: readonly SendShortcut[] = DEFAULT_SEND_KEYS): boolean {
  if (!event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return false;
  const withMod = Boolean(event.ctrlKey || event.metaKey);
  return shortcuts.includes(withMod ? 'Mod+Enter' : 'Enter');
}

