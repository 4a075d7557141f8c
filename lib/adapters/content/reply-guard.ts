import { createFullScanMemo, createReplyScanQueue, type ReplyScanQueue, type ReplyScanRequest, type ReplyScanScope } from '../../content/reply-scan-queue.ts';
import { contentSettingsFor, type ContentSettings } from '../../content/reply-settings.ts';
import { mergeWindowResult, treatReply } from '../../content/reply-treatment.ts';
import { createReplyWatch, type ReplyEvent, type ReplyWatchOptions } from '../../content/reply-watch.ts';
import type { ConversationRestorer } from '../../content/vault-session.ts';
import { MAX_CONVERSATION_CHARS } from '../../core/limits.ts';
import type { Result } from '../../core/result.ts';
import type { ScanReply } from '../../messaging/scan-reply.ts';
import type { SiteAdapter } from '../../sites/site-adapter.ts';
import { queryFirst } from './composer.ts';
import { createReplyNotes } from './reply-note.ts';
import { BASE_REPLY_CSS, installReplyStyle, preBlurCss, REPLY_ATTRIBUTE } from './reply-style.ts';
import { readReplyText, restorePlaceholders, type RestoredTexts } from './reply-text.ts';
import { requestContentSettings, requestReplyScan } from './scan-client.ts';
import type { PauseState } from '../../content/pause-state.ts';
import { overrideReportFor, type OverrideReport } from '../../audit/override-report.ts';
import { reportOverride } from './override-client.ts';

/** A whole reply may take the models longer than a prompt (chunked, maybe cold): wait longer. */
export const FULL_REPLY_TIMEOUT_MS = 20_000;
export const WINDOW_TIMEOUT_MS = 8_000;
/** How many of the user's last messages are the reply's conversation text. */
const USER_TURNS = 2;

export interface ReplyGuardOptions {
  scan?: (request: ReplyScanRequest & { conversationText?: string }) => Promise<Result<ScanReply>>;
  loadSettings?: () => Promise<Result<ContentSettings>>;
  /** The page's conversation vault: placeholders in replies are shown with their values. */
  vault?: ConversationRestorer;
  /** Settle timings (tests). */
  timing?: Pick<ReplyWatchOptions<Element>, 'throttleMs' | 'quietMs' | 'noSignalQuietMs' | 'stuckSignalMs'>;
  /** Rampart paused on this site (lib/content/pause-state.ts): replies are neither scanned nor covered. */
  pause?: Pick<PauseState, 'isPaused' | 'subscribe'>;
  /** Where "Show reply" on a blurred reply is reported for the audit log (default: a `tab:override` message). */
  reportOverride?: (report: OverrideReport) => void;
  /**
   * Subscribes to the background's "settings changed" note; returns the unsubscribe. Kids mode
   * switched on while the page is open must cover the very next reply from its first word, not
   * from the settings answer that reply's start would otherwise ask for.
   */
  onSettingsChanged?: (listener: () => void) => () => void;
}

/** Until the background says otherwise: cover nothing in advance, hide nothing. */
const UNKNOWN_SETTINGS: ContentSettings = { profileId: '', blurWhileStreaming: false, hideBlocked: false, paused: false, overrides: { sendAnyway: true, loadAnyway: true } };

interface ReplyRecord {
  queue: ReplyScanQueue;
  latest: string;
  result?: Result<ScanReply>;
  final: boolean;
  revealed: boolean;
  /** What is on screen now (a key of the treatment), so unchanged treatments touch nothing. */
  shown?: string;
}

/** Every element matching the first selector that matches anything (ordered fallbacks). */
function queryAllFirst(doc: Document, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const found = doc.querySelectorAll(selector);
      if (found.length > 0) return [...found];
    } catch {
      // Invalid selector (e.g. an admin override): try the next one.
    }
  }
  return [];
}

/** Attribute names the selectors test, so attribute changes that matter (and only those) wake the guard. */
export function watchedAttributes(selectors: readonly string[]): string[] {
  const names = new Set<string>();
  for (const selector of selectors) {
    for (const match of selector.matchAll(/\[\s*([A-Za-z_][\w-]*)/g)) names.add(match[1]!);
    if (/\.[A-Za-z_-]/.test(selector.replace(/\[[^\]]*\]/g, ''))) names.add('class');
    if (/#[A-Za-z_-]/.test(selector.replace(/\[[^\]]*\]/g, ''))) names.add('id');
  }
  names.delete(REPLY_ATTRIBUTE);
  return [...names];
}

/**
 * Guards assistant replies on a chat page: one MutationObserver on the document finds the newest
 * reply (after the user's last message), follows it while it streams, scans it in windows and
 * in full when it settles (in the background, see reply-scan-queue.ts), and shows the verdict:
 * a note under the reply, and a blur or hide by policy set as an attribute + stylesheet, never by
 * touching the app's text. Placeholders from redacted sends are shown with their real values
 * (text nodes of the reply only), while what is scanned stays the app's own text.
 */
export function startReplyGuard(win: Window, adapter: SiteAdapter, options: ReplyGuardOptions = {}): () => void {
  const doc = win.document;
  const scan =
    options.scan ??
    ((request) => requestReplyScan(request, request.scope === 'full' ? FULL_REPLY_TIMEOUT_MS : WINDOW_TIMEOUT_MS));
  const loadSettings = options.loadSettings ?? (() => requestContentSettings());
  const restored: RestoredTexts = new WeakMap();
  const records = new WeakMap<Element, ReplyRecord>();
  const memo = createFullScanMemo();
  const notes = createReplyNotes(doc);
  const style = installReplyStyle(doc);
  let settings = UNKNOWN_SETTINGS;
  let current: Element | undefined;

  const paused = (): boolean => options.pause?.isPaused() ?? false;
  const applyStyle = (): void => style.set(BASE_REPLY_CSS + (settings.blurWhileStreaming && !paused() ? preBlurCss(adapter.reply) : ''));
  applyStyle();

  function render(reply: Element, record: ReplyRecord): void {
    const treatment = treatReply({ result: record.result, final: record.final, settings, revealed: record.revealed });
    const key = JSON.stringify(treatment);
    if (key === record.shown && reply.getAttribute(REPLY_ATTRIBUTE) !== null) return;
    record.shown = key;
    reply.setAttribute(REPLY_ATTRIBUTE, treatment.cover);
    notes.show(reply, treatment.note, () => {
      record.revealed = true;
      render(reply, record);
      if (record.result?.ok) (options.reportOverride ?? reportOverride)(overrideReportFor('reveal-reply', record.result.value.verdict));
    });
  }

  function useSettings(next: ContentSettings): void {
    if (next.profileId === settings.profileId) return;
    settings = next;
    applyStyle();
    if (current) {
      const record = records.get(current);
      if (record) render(current, record);
    }
    watch.poke();
  }

  const refreshSettings = (): void => {
    void loadSettings().then((loaded) => {
      if (loaded.ok) useSettings(loaded.value);
    });
  };

  /** The user's last messages before the reply: what exfil compares reply URLs with. */
  function conversationTextFor(reply: Element): string {
    const users = queryAllFirst(doc, adapter.userMessage).filter(
      (user) => (user.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const text = users
      .slice(-USER_TURNS)
      .map((user) => readReplyText(user, restored))
      .join('\n');
    return text.slice(-MAX_CONVERSATION_CHARS);
  }

  function onResult(reply: Element, record: ReplyRecord, scope: ReplyScanScope, result: Result<ScanReply>, text: string): void {
    if (result.ok && result.value.verdict.profileId) useSettings(contentSettingsFor(result.value.verdict.profileId, settings.paused, settings.overrides));
    if (scope === 'full' && text === record.latest) {
      record.result = result;
      record.final = true;
    } else if (!record.final) {
      record.result = mergeWindowResult(record.result, result);
    }
    render(reply, record);
  }

  function newestReply(): Element | undefined {
    const replies = queryAllFirst(doc, adapter.reply);
    const newest = replies.at(-1);
    const lastUser = queryAllFirst(doc, adapter.userMessage).at(-1);
    const answersLastMessage =
      newest !== undefined && (lastUser === undefined || (lastUser.compareDocumentPosition(newest) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    if (settings.blurWhileStreaming) {
      // Replies already on the page (history) are not this guard's to check: uncover them.
      for (const reply of replies) {
        if (reply.getAttribute(REPLY_ATTRIBUTE) === null && !(answersLastMessage && reply === newest)) {
          reply.setAttribute(REPLY_ATTRIBUTE, 'history');
        }
      }
    }
    return answersLastMessage ? newest : undefined;
  }

  function onEvent(event: ReplyEvent<Element>): void {
    const { reply } = event;
    if (event.type === 'start') {
      current = reply;
      const record: ReplyRecord = {
        latest: '',
        final: false,
        revealed: false,
        queue: createReplyScanQueue({
          scan: (request) => scan({ ...request, conversationText: conversationTextFor(reply) }),
          onResult: (scope, result, text) => onResult(reply, record, scope, result, text),
          memo,
        }),
      };
      records.set(reply, record);
      render(reply, record);
      refreshSettings();
      return;
    }
    const record = records.get(reply);
    if (!record) return;
    if (event.type === 'progress') {
      record.latest = event.text;
      record.final = false;
      record.queue.progress(event.text);
    } else if (event.text.trim() === '') {
      record.result = undefined;
      record.final = true;
    } else {
      record.queue.settle(event.text);
    }
    render(reply, record);
  }

  const watch = createReplyWatch<Element>({
    ...options.timing,
    read: () => {
      if (paused()) return undefined;
      const reply = newestReply();
      if (!reply) return undefined;
      if (options.vault && restorePlaceholders(reply, options.vault, restored) > 0) {
        // Rampart's own text changes are not the reply changing.
        observer.takeRecords();
      }
      const streaming = adapter.streaming.length > 0 ? queryFirst(doc, adapter.streaming) !== null : undefined;
      return { reply, text: readReplyText(reply, restored), streaming };
    },
    onEvent,
  });

  const attributeFilter = watchedAttributes([...adapter.streaming, ...adapter.reply, ...adapter.userMessage]);
  const observer = new MutationObserver(() => watch.poke());
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributeFilter.length > 0 ? { attributes: true, attributeFilter } : {}),
  });
  refreshSettings();
  watch.poke();
  // Paused or resumed: the pre-blur follows, and a reply written meanwhile is checked on resume.
  const unsubscribePause = options.pause?.subscribe(() => {
    applyStyle();
    refreshSettings();
    watch.poke();
  });
  const unsubscribeSettings = options.onSettingsChanged?.(refreshSettings);

  return () => {
    unsubscribePause?.();
    unsubscribeSettings?.();
    observer.disconnect();
    watch.stop();
    style.remove();
  };
}
