import { browser } from 'wxt/browser';
import type { Result } from '../../core/result.ts';
import { createPrescanner, type Prescanner } from '../../content/prescan.ts';
import { createSendController } from '../../content/send-controller.ts';
import { isSendKey } from '../../content/send-key.ts';
import type { ConversationRedactor } from '../../content/vault-session.ts';
import type { ContentScanMessage } from '../../messaging/messages.ts';
import type { ScanReply } from '../../messaging/scan-reply.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import type { AdapterSource } from './adapter-overrides.ts';
import { findInPath, queryFirst, readComposerText, writeComposerText } from './composer.ts';
import { sameComposerText } from './editor-text.ts';
import { requestScan, requestWarmUp, SCAN_TIMEOUT_MS } from './scan-client.ts';
import { createVerdictPanel, type VerdictPanel } from './verdict-panel.ts';
import { overrideReportFor, type OverrideReport } from '../../audit/override-report.ts';
import { reportOverride } from './override-client.ts';
import { reportNotAnAttack } from './feedback-client.ts';

export interface SendGuardOptions {
  scan?: (text: string) => Promise<Result<ScanReply>>;
  /** The scan used while the user pauses typing (default: `content:scan` marked as a pre-scan). */
  prescan?: ((text: string) => Promise<Result<ScanReply>>) | false;
  panel?: VerdictPanel;
  /** The page's conversation vault: placeholders for redacted sends (values stay in this page). */
  redactor?: ConversationRedactor;
  /** Asks the background to load its models ahead of the send (default: a `content:warm` message). */
  warm?: () => void;
  now?: () => number;
  /** Rampart is paused on this site (lib/content/pause-state.ts): sends go through untouched, nothing is scanned. */
  isPaused?: () => boolean;
  /** False when the admin turned "Send anyway" off (managed disabledFeatures `sendAnyway`): a warning offers only Edit. */
  canSendAnyway?: () => boolean;
  /** Where "Send anyway" is reported for the audit log (default: a `tab:override` message). */
  reportOverride?: (report: OverrideReport) => void;
  /** "Not an attack" on a prompt-attack verdict (default: a `tab:feedback-report` message); null: no button (feedback turned off). */
  reportNotAnAttack?: ((text: string) => Promise<Result<unknown>>) | null;
}

/**
 * Typing in the composer sends a warm-up hint at most this often: a service worker sleeps after
 * ~30 s idle, and loading the models on the hint instead of on the send keeps that load (about a
 * second after a wake) out of the time between Enter and the page's send.
 */
export const WARM_INTERVAL_MS = 20_000;

/** A pre-scan is a scan like any other, flagged so the background leaves it out of the tab's history. */
export const requestPrescan = (text: string): Promise<Result<ScanReply>> =>
  requestScan(text, SCAN_TIMEOUT_MS, (message: ContentScanMessage) => browser.runtime.sendMessage({ ...message, purpose: 'prescan' }));

const toSource = (adapter: SiteAdapter | AdapterSource): AdapterSource =>
  'current' in adapter ? adapter : { current: () => adapter, stop: () => undefined };

/**
 * Wires the send controller to a chat page: capture-phase listeners on `window` (registered at
 * document_start, so they run before any listener the page adds) for the three ways a message
 * leaves — a send shortcut in the composer, a click on the send control, a form submit — and the
 * pre-scan that lets a clean send through untouched. Elements are found at event time, from the
 * event's own path, because chat apps re-render them freely (and may show more than one
 * composer). Returns a function that detaches everything.
 */
export function startSendGuard(win: Window, adapterOrSource: SiteAdapter | AdapterSource, options: SendGuardOptions = {}): () => void {
  const doc = win.document;
  const source = toSource(adapterOrSource);
  const adapter = () => source.current();
  const firstComposer = (): Element | null => queryFirst(doc, adapter().composer);

  /** The composer of an event: matched in its path, or the page's first composer if it is in it. */
  const composerOf = (event: Event): Element | undefined => {
    const path = event.composedPath();
    const found = findInPath(path, adapter().composer);
    if (found) return found;
    const first = firstComposer();
    return first && path.includes(first) ? first : undefined;
  };
  const sendControlOf = (event: Event): HTMLElement | undefined => {
    const path = event.composedPath();
    const found = findInPath(path, adapter().send) as HTMLElement | undefined;
    if (found) return found;
    const first = queryFirst(doc, adapter().send) as HTMLElement | null;
    return first && path.includes(first) ? first : undefined;
  };

  // The composer the user last typed in or sent from. If the app replaced it meanwhile (a
  // re-render), the page's current composer stands in; the controller then only sends when its
  // text is still exactly what was checked.
  let active: Element | undefined;
  const composer = (): Element | null => (active?.isConnected ? active : firstComposer());
  const readText = (): string | undefined => {
    const element = composer();
    return element ? readComposerText(element) : undefined;
  };

  const now = options.now ?? (() => Date.now());
  const prescanScan = options.prescan ?? requestPrescan;
  const prescanner: Prescanner | undefined = prescanScan
    ? createPrescanner({
        readText,
        scan: prescanScan,
        now,
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      })
    : undefined;

  const controller = createSendController({
    readText,
    writeText: (text) => {
      const element = composer();
      return element ? writeComposerText(element, text) : false;
    },
    sameText: sameComposerText,
    isPreApproved: (text) => prescanner?.isAllowed(text) ?? false,
    focusComposer: () => (composer() as HTMLElement | null)?.focus(),
    scan: options.scan ?? ((text) => requestScan(text)),
    ui: options.panel ?? createVerdictPanel(doc),
    now,
    onSendAnyway: (verdict) => (options.reportOverride ?? reportOverride)(overrideReportFor('send-anyway', verdict)),
    ...(options.reportNotAnAttack === null ? {} : { reportNotAnAttack: options.reportNotAnAttack ?? ((text: string) => reportNotAnAttack(text)) }),
    ...(options.redactor ? { redactor: options.redactor } : {}),
    ...(options.canSendAnyway ? { canSendAnyway: options.canSendAnyway } : {}),
  });

  const hold = (event: Event, replay: () => void, userGesture: boolean): boolean => {
    if (options.isPaused?.()) return false;
    if (!controller.attempt(replay, userGesture)) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    return true;
  };

  // A held Enter's keyup must not reach the page either: some editors send on keyup.
  let heldEnter = false;

  const onKeydown = (event: KeyboardEvent): void => {
    if (!isSendKey(event, adapter().sendKeys)) return;
    const element = composerOf(event);
    if (!element) return;
    active = element;
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
    // window, so the page's own Enter handler sees it and Rampart does not catch it again. If the
    // element it was aimed at was re-rendered away meanwhile, the current composer gets it.
    const replay = () => {
      const target = (origin as Node).isConnected === false ? composer() : origin;
      target?.dispatchEvent(new KeyboardEvent('keydown', init));
    };
    heldEnter = hold(event, replay, true);
  };

  const onKeyup = (event: KeyboardEvent): void => {
    if (!heldEnter || event.key !== 'Enter' || !event.isTrusted) return;
    heldEnter = false;
    if (!composerOf(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onClick = (event: MouseEvent): void => {
    // Untrusted clicks are the page's own script; Rampart's replay is one of them.
    if (!event.isTrusted) return;
    const control = sendControlOf(event);
    if (!control) return;
    // The composer that belongs to this control: the one in its form, else the page's first.
    const form = control.closest?.('form');
    active = (form ? queryFirst(form, adapter().composer) : null) ?? active ?? firstComposer() ?? undefined;
    // Replay on the control the user clicked (a page can have look-alike buttons); if the app
    // re-rendered it, on the page's current send control.
    hold(event, () => (control.isConnected ? control : (queryFirst(doc, adapter().send) as HTMLElement | null))?.click(), true);
  };

  const onSubmit = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement | null;
    if (!form || typeof form.requestSubmit !== 'function') return;
    const element = queryFirst(form, adapter().composer) ?? (active && form.contains(active) ? active : undefined);
    if (!element) return;
    active = element;
    const submitter = event.submitter;
    hold(event, () => {
      // requestSubmit (unlike submit()) fires the submit event the page listens for.
      if (submitter && form.contains(submitter)) form.requestSubmit(submitter);
      else form.requestSubmit();
    }, false);
  };

  const warm = options.warm ?? (() => requestWarmUp());
  let lastWarm = Number.NEGATIVE_INFINITY;
  const onInput = (event: Event): void => {
    // Paused: not even a pre-scan or a warm-up leaves the page.
    if (options.isPaused?.()) return;
    const element = composerOf(event);
    if (!element) return;
    active = element;
    prescanner?.noteInput();
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
  return () => {
    abort.abort();
    prescanner?.stop();
  };
}
