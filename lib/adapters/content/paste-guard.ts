import { overrideReportFor, type OverrideReport } from '../../audit/override-report.ts';
import type { Result } from '../../core/result.ts';
import type { PanelView } from '../../content/panel-view.ts';
import { planSend } from '../../content/send-plan.ts';
import { scanWithNotice } from '../../content/scan-with-notice.ts';
import type { ConversationRedactor } from '../../content/vault-session.ts';
import type { ScanReply } from '../../messaging/scan-reply.ts';
import type { VerdictSummary } from '../../messaging/verdict-summary.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import { t } from '../../ui/i18n.ts';
import type { AdapterSource } from './adapter-overrides.ts';
import { findInPath, queryFirst } from './composer.ts';
import { insertIntoEditable, insertIntoTextField } from './editor-writer.ts';
import { reportOverride } from './override-client.ts';
import { requestScan } from './scan-client.ts';
import { createVerdictPanel, type VerdictPanel } from './verdict-panel.ts';

/** How the text arrived: it decides where the user still has it when nothing was inserted. */
export type PasteKind = 'paste' | 'drop';

export const PASTE_CHECKING_DELAY_MS = 250;

/** "Nothing was pasted. The text is still on your clipboard." (+ " Paste it again to retry."). */
const notInsertedLine = (kind: PasteKind, retry: boolean): string =>
  [t(`paste.nothingInserted.${kind}`), t(`paste.stillThere.${kind}`), ...(retry ? [t(`paste.again.${kind}`)] : [])].join(' ');

export interface PasteControllerDeps {
  scan: (text: string) => Promise<Result<ScanReply>>;
  ui: { show(view: PanelView): void; hide(): void };
  redactor?: ConversationRedactor;
  checkingDelayMs?: number;
  /**
   * Whether a warned paste or drop may be inserted anyway (false: managed disabledFeatures
   * `sendAnyway`, the same override as "Send anyway"). Asked when the warning is shown and on the
   * click. Offered when absent.
   */
  canInsertAnyway?: () => boolean;
  /**
   * "Paste anyway" / "Insert anyway" on a warning, for the audit log: called only once the text is
   * in the composer — a click whose insert failed changed nothing and is not an override.
   */
  onInsertAnyway?: (verdict: VerdictSummary) => void;
}

export interface PasteController {
  /**
   * A paste or drop Rampart took over (the page never saw it): scan `text`, then `insert` the
   * allowed or redacted text, or nothing. False when another one is still being checked.
   */
  handle(text: string, kind: PasteKind, insert: (text: string) => Promise<boolean>): boolean;
  readonly busy: boolean;
}

/**
 * Text pasted or dropped into the composer is checked before it is in the composer at all —
 * before the app can autosave a draft or send it for suggestions. Nothing is ever lost: what is
 * not inserted is still on the clipboard (or where it was dragged from), and the panel says so.
 * "Could not check" inserts nothing (the user pastes again), like a block; a warning asks first.
 */
export function createPasteController(deps: PasteControllerDeps): PasteController {
  let busy = false;
  const dismiss = { id: 'dismiss' as const, label: t('panel.dismiss'), run: () => deps.ui.hide() };

  const inserted = async (text: string, kind: PasteKind, insert: (text: string) => Promise<boolean>): Promise<boolean> => {
    let ok: boolean;
    try {
      ok = await insert(text);
    } catch {
      ok = false;
    }
    if (!ok) {
      deps.ui.show({
        tone: 'error',
        role: 'alert',
        title: t('paste.insertFailed'),
        lines: [t('paste.insertFailedLine'), [t(`paste.stillThere.${kind}`), t(`paste.again.${kind}`)].join(' ')],
        actions: [dismiss],
        focus: 'dismiss',
        onDismiss: dismiss.run,
      });
    }
    return ok;
  };

  async function check(text: string, kind: PasteKind, insert: (text: string) => Promise<boolean>): Promise<void> {
    const reply = await scanWithNotice(
      deps.scan,
      text,
      () => deps.ui.show({ tone: 'info', role: 'status', title: t(`paste.checking.${kind}`), lines: [], actions: [] }),
      deps.checkingDelayMs ?? PASTE_CHECKING_DELAY_MS,
    );
    const plan = planSend(reply, text, deps.redactor);
    switch (plan.kind) {
      case 'release':
        deps.ui.hide();
        await inserted(text, kind, insert);
        return;
      case 'rewrite':
        deps.ui.hide();
        if (!(await inserted(plan.text, kind, insert))) return;
        deps.ui.show({
          tone: 'info',
          role: 'status',
          title: t(`paste.redacted.${kind}`),
          lines: [...plan.explanation.lines, t('paste.replaced', { count: plan.replaced })],
          actions: [dismiss],
          onDismiss: dismiss.run,
        });
        return;
      case 'confirm': {
        // A confirm plan comes only from a well-formed verdict; the guard keeps the type honest.
        const verdict = reply.ok ? reply.value.verdict : undefined;
        const cancel = () => deps.ui.hide();
        const canInsertAnyway = deps.canInsertAnyway ?? (() => true);
        const warning = (offerAnyway: boolean): PanelView => ({
          tone: 'warn',
          role: 'alert',
          title: t(`paste.warn.${kind}`),
          lines: [...plan.explanation.lines, t(`paste.notYet.${kind}`), ...(offerAnyway ? [] : [t('paste.anywayDisabled')])],
          actions: [
            ...(offerAnyway
              ? [
                  {
                    id: 'send-anyway' as const,
                    label: t(`paste.anyway.${kind}`),
                    run: () => {
                      if (!canInsertAnyway()) {
                        deps.ui.show(warning(false));
                        return;
                      }
                      deps.ui.hide();
                      void inserted(text, kind, insert).then((ok) => {
                        if (ok && verdict) deps.onInsertAnyway?.(verdict);
                      });
                    },
                  },
                ]
              : []),
            { id: 'edit', label: t('paste.cancel'), run: cancel },
          ],
          // The choice that inserts nothing has the focus, so a reflexive Enter is harmless.
          focus: 'edit',
          onDismiss: cancel,
        });
        deps.ui.show(warning(canInsertAnyway()));
        return;
      }
      case 'hold':
        deps.ui.show({
          tone: 'block',
          role: 'alert',
          title: t(`paste.blocked.${kind}`),
          lines: [...plan.explanation.lines, notInsertedLine(kind, false)],
          actions: [dismiss],
          focus: 'dismiss',
          onDismiss: dismiss.run,
        });
        return;
      case 'unchecked':
        deps.ui.show({
          tone: 'error',
          role: 'alert',
          title: t(`paste.unchecked.${kind}`),
          lines: [t('panel.reason', { detail: plan.detail.replace(/[.\s]+$/, '') }), notInsertedLine(kind, true)],
          actions: [dismiss],
          focus: 'dismiss',
          onDismiss: dismiss.run,
        });
        return;
    }
  }

  return {
    handle(text, kind, insert) {
      if (busy) {
        deps.ui.show({
          tone: 'info',
          role: 'status',
          title: t('paste.busy'),
          lines: [notInsertedLine(kind, true)],
          actions: [dismiss],
          onDismiss: dismiss.run,
        });
        return false;
      }
      busy = true;
      void check(text, kind, insert).finally(() => {
        busy = false;
      });
      return true;
    },
    get busy() {
      return busy;
    },
  };
}

/** Where the text goes: the selection when the paste happened (a textarea's offsets, or a Range). */
type Target = { field: HTMLTextAreaElement | HTMLInputElement; start: number; end: number } | { editable: HTMLElement; range?: Range };

const isTextField = (element: Element): element is HTMLTextAreaElement | HTMLInputElement =>
  element.localName === 'textarea' || element.localName === 'input';

function targetAtSelection(composer: Element): Target {
  if (isTextField(composer)) return { field: composer, start: composer.selectionStart ?? composer.value.length, end: composer.selectionEnd ?? composer.value.length };
  const selection = composer.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  return { editable: composer as HTMLElement, ...(range && composer.contains(range.startContainer) ? { range } : {}) };
}

/** A drop goes where the pointer is (Chromium: caretRangeFromPoint; Firefox: caretPositionFromPoint). */
function targetAtPoint(composer: Element, x: number, y: number): Target {
  if (isTextField(composer)) return targetAtSelection(composer);
  const doc = composer.ownerDocument as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  let range: Range | undefined;
  if (typeof doc.caretRangeFromPoint === 'function') range = doc.caretRangeFromPoint(x, y) ?? undefined;
  else if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    if (position) {
      range = doc.createRange();
      range.setStart(position.offsetNode, position.offset);
      range.collapse(true);
    }
  }
  return { editable: composer as HTMLElement, ...(range && composer.contains(range.startContainer) ? { range } : {}) };
}

export interface PasteGuardOptions {
  scan?: (text: string) => Promise<Result<ScanReply>>;
  panel?: VerdictPanel;
  redactor?: ConversationRedactor;
  /** Rampart is paused on this site (lib/content/pause-state.ts): pastes and drops go to the page unchecked. */
  isPaused?: () => boolean;
  /** False when the admin turned "Send anyway" off (managed disabledFeatures `sendAnyway`): no "Paste anyway" either. */
  canSendAnyway?: () => boolean;
  /** Where "Paste anyway" / "Insert anyway" is reported for the audit log (default: a `tab:override` message). */
  reportOverride?: (report: OverrideReport) => void;
}

/**
 * Capture-phase `paste` and `drop` listeners on `window`: a trusted paste or drop of text into the
 * composer is taken over (the page never sees it), checked, and the allowed or redacted text is
 * inserted through the editor at the place it was aimed at. Pastes without text (images, files)
 * and text dragged within the composer itself are left to the page. Rampart's own synthetic paste
 * (editor-writer's last step) is untrusted and passes.
 */
export function startPasteGuard(win: Window, adapterOrSource: SiteAdapter | AdapterSource, options: PasteGuardOptions = {}): () => void {
  const doc = win.document;
  const source: AdapterSource = 'current' in adapterOrSource ? adapterOrSource : { current: () => adapterOrSource, stop: () => undefined };
  const composerOf = (event: Event): Element | undefined => findInPath(event.composedPath(), source.current().composer);
  const controller = createPasteController({
    scan: options.scan ?? ((text) => requestScan(text)),
    ui: options.panel ?? createVerdictPanel(doc),
    ...(options.redactor ? { redactor: options.redactor } : {}),
    ...(options.canSendAnyway ? { canInsertAnyway: options.canSendAnyway } : {}),
    onInsertAnyway: (verdict) => (options.reportOverride ?? reportOverride)(overrideReportFor('paste-anyway', verdict)),
  });

  const insertInto = (composer: Element, target: Target) => async (text: string): Promise<boolean> => {
    // The app may have re-rendered the composer while the text was checked: use the new one.
    const element = composer.isConnected ? composer : queryFirst(doc, source.current().composer);
    if (!element) return false;
    if ('field' in target && element === target.field) return insertIntoTextField(target.field, text, target.start, target.end);
    if (isTextField(element)) return insertIntoTextField(element, text, element.selectionStart ?? element.value.length, element.selectionEnd ?? element.value.length);
    return insertIntoEditable(element as HTMLElement, text, 'editable' in target && element === target.editable ? target.range : undefined);
  };

  const take = (event: Event, composer: Element, text: string, kind: PasteKind, target: Target): void => {
    if (options.isPaused?.()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    controller.handle(text, kind, insertInto(composer, target));
  };

  const onPaste = (event: ClipboardEvent): void => {
    if (!event.isTrusted) return;
    const composer = composerOf(event);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!composer || text.trim() === '') return;
    take(event, composer, text, 'paste', targetAtSelection(composer));
  };

  // Text dragged from inside the composer to elsewhere in it is already there: a move, not new text.
  let dragFromComposer = false;
  const onDragStart = (event: DragEvent): void => {
    dragFromComposer = composerOf(event) !== undefined;
  };
  const onDragEnd = (): void => {
    dragFromComposer = false;
  };
  const onDrop = (event: DragEvent): void => {
    const internal = dragFromComposer;
    dragFromComposer = false;
    if (!event.isTrusted || internal) return;
    const composer = composerOf(event);
    const text = event.dataTransfer?.getData('text/plain') ?? '';
    if (!composer || text.trim() === '') return;
    take(event, composer, text, 'drop', targetAtPoint(composer, event.clientX, event.clientY));
  };

  const abort = new AbortController();
  const listenerOptions = { capture: true, signal: abort.signal };
  win.addEventListener('paste', onPaste, listenerOptions);
  win.addEventListener('dragstart', onDragStart, listenerOptions);
  win.addEventListener('dragend', onDragEnd, listenerOptions);
  win.addEventListener('drop', onDrop, listenerOptions);
  return () => abort.abort();
}
