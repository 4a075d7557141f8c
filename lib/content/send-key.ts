/** The parts of a KeyboardEvent that decide whether it is a "send" keystroke. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
  isTrusted: boolean;
}

/**
 * keyCode 229 is what Chromium reports for keys that an input method (IME) consumes, and Safari
 * fires the final Enter of a composition with `isComposing` already false — checking both keeps
 * a Japanese or Chinese user's "confirm this word" Enter from being taken as "send".
 * Untrusted events are the page's own script (or Rampart's release) and are not the user sending.
 */
export function isSendKey(event: KeyLike): boolean {
  return (
    event.isTrusted &&
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.isComposing &&
    event.keyCode !== 229
  );
}
