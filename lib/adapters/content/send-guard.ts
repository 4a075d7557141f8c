import type { Result } from '../../core/result.ts';
import { createSendController } from '../../content/send-controller.ts';
import { isSendKey } from '../../content/send-key.ts';
import type { ScanReply } from '../../messaging/scan-reply.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import { queryFirst, readComposerText, writeComposerText } from './composer.ts';
import { requestScan, requestWarmUp } from './scan-client.ts';
import { createVerdictPanel, type VerdictPanel } from './verdict-panel.ts';

export interface SendGuardOptions {
  scan?: (text: string) => Promise<Result<ScanReply>>;
  panel?: VerdictPanel;
  /** Asks the background to load its models ahead of the send (default: a `content:warm` message). */
  warm?: () => void;
  now?: () => number;
}

/**
 * Typing in the composer sends a warm-up hint at most this often: a service worker sleeps after
 * ~30 s idle, and loading the models on the hint instead of on the send keeps that load (about a
 * second after a wake) out of the time between Enter and the page's send.
 */
export const WARM_INTERVAL_MS = 20_000;

/**
 * Wires the send controller to a chat page: capture-phase listeners on `window` (registered at
 * document_start, so they run before any listener the page adds) for the three ways a message
 * leaves — Enter in the composer, a click on the send control, a form submit. Elements are looked
 * up at event time because chat apps re-render them freely. Returns a function that detaches
 * everything (used when the extension is updated or disabled and this content script is orphaned).
 */
export function startSendGuard(win: Window, adapter: SiteAdapter, options: SendGuardOptions = {}): () => void {
  const doc = win.document;
  const composer = (): Element | null => queryFirst(doc, adapter.composer);
  const sendControl = (): HTMLElement | null => queryFirst(doc, adapter.send) as HTMLElement | null;

  const controller = createSendController({
    readText: () => {
      const element = composer();
      return element ? readComposerText(element) : undefined;
    },
    writeText: (text) => {
      const element = composer();
      return element ? writeComposerText(element, text) : false;
    },
    focusComposer: () => (composer() as HTMLElement | null)?.focus(),
    scan: options.scan ?? ((text) => requestScan(text)),
    ui: options.panel ?? createVerdictPanel(doc),
    now: () => Date.now(),
  });

  const hold = (event: Event, replay: () => void, userGesture: boolean): boolean => {
    if (!controller.attempt(replay, userGesture)) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    return true;
  };

  // A held Enter's keyup must not reach the page either: some editors send on keyup.
  let heldEnter = false;

  const onKeydown = (event: KeyboardEvent): void => {
    if (!isSendKey(event)) return;
    const element = composer();
    if (!element || !event.composedPath().includes(element)) return;
    const origin = event.composedPath()[0] ?? element;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    // The replay is untrusted (isSendKey ignores it) and runs inside the controller's releasing
    // window, so the page's own Enter handler sees it and Rampart does not catch it again.
    heldEnter = hold(event, () => origin.dispatchEvent(new KeyboardEvent('keydown', init)), true);
  };

  const onKeyup = (event: KeyboardEvent): void => {
    if (!heldEnter || event.key !== 'Enter' || !event.isTrusted) return;
    heldEnter = false;
    const element = composer();
    if (!element || !event.composedPath().includes(element)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onClick = (event: MouseEvent): void => {
    // Untrusted clicks are the page's own script; Rampart's replay is one of them.
    if (!event.isTrusted) return;
    const control = sendControl();
    if (!control || !event.composedPath().includes(control)) return;
    hold(event, () => sendControl()?.click(), true);
  };

  const onSubmit = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement | null;
    const element = composer();
    if (!form || !element || typeof form.requestSubmit !== 'function' || !form.contains(element)) return;
    const submitter = event.submitter;
    hold(event, () => {
      // requestSubmit (unlike submit()) fires the submit event the page listens for.
      if (submitter && form.contains(submitter)) form.requestSubmit(submitter);
      else form.requestSubmit();
    }, false);
  };

  const now = options.now ?? (() => Date.now());
  const warm = options.warm ?? (() => requestWarmUp());
  let lastWarm = Number.NEGATIVE_INFINITY;
  const onInput = (event: Event): void => {
    const element = composer();
    if (!element || !event.composedPath().includes(element)) return;
    if (now() - lastWarm < WARM_INTERVAL_MS) return;
    lastWarm = now();
    warm();
  };

  const abort = new AbortController();
  const listenerOptions = { capture: true, signal: abort.signal };
  win.addEventListener('keydown', onKeydown, listenerOptions);
  win.addEventListener('keyup', onKeyup, listenerOptions);
  win.addEventListener('click', onClick, listenerOptions);
  win.addEventListener('submit', onSubmit, listenerOptions);
  win.addEventListener('input', onInput, listenerOptions);
  return () => abort.abort();
}
