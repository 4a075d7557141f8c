import { actionRank } from '../core/action.ts';
import type { Result } from '../core/result.ts';
import { distressHelpFor, type HelpView } from '../kids/help-resources.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import { t } from '../ui/i18n.ts';
import type { ContentSettings } from './reply-settings.ts';
import { reasonLines } from './send-plan.ts';

/**
 * How a reply is covered. Set as an attribute on the reply's container and styled by Rampart's
 * stylesheet, so the app's own nodes are never rewritten: `checking` and `blurred` blur it,
 * `hidden` takes it out of view, `revealed` is a blurred reply the user chose to see.
 */
export type ReplyCover = 'none' | 'checking' | 'blurred' | 'hidden' | 'revealed';

export interface ReplyNote {
  tone: 'info' | 'warn' | 'block' | 'error';
  title: string;
  lines: string[];
  /** Offer "Show reply" (a blurred reply the user may still read). */
  reveal: boolean;
  /** Kids mode, distress finding: the same helplines the verdict panel shows for a sent message. */
  help?: HelpView;
}

export interface ReplyTreatment {
  cover: ReplyCover;
  note?: ReplyNote;
}

export interface ReplyState {
  /** The latest answer: a window's while the reply streams, the full scan's once settled. */
  result?: Result<ScanReply>;
  /** True once `result` is the full scan of the settled reply. */
  final: boolean;
  settings: ContentSettings;
  /** The user chose "Show reply" on this reply: a later blur keeps it shown (never a hide). */
  revealed?: boolean;
}


/**
 * Verdict → what the user sees. Warn annotates; redact and block blur (click to reveal), or hide
 * when the profile says so (kids); a reply that could not be checked is annotated, and stays
 * covered where replies are covered until checked. A window's "allow" proves nothing about the
 * rest of the reply, so only the settled reply's clean verdict uncovers a covered reply.
 */
export function treatReply(state: ReplyState): ReplyTreatment {
  const treatment = coverFor(state);
  if (!state.revealed || treatment.cover !== 'blurred') return treatment;
  return { cover: 'revealed', ...(treatment.note ? { note: { ...treatment.note, reveal: false } } : {}) };
}

function coverFor(state: ReplyState): ReplyTreatment {
  const { result, final, settings } = state;
  const pending: ReplyTreatment = settings.blurWhileStreaming
    ? { cover: 'checking', note: { tone: 'info', title: t('reply.checking'), lines: [t('reply.checkingLine')], reveal: false } }
    : { cover: 'none' };

  // Settled with nothing to check (an empty reply, e.g. only an image): nothing to cover.
  if (!result) return final ? { cover: 'none' } : pending;
  if (!result.ok) {
    // A failed window says nothing yet: the settle scan is what decides.
    if (!final) return pending;
    return {
      cover: settings.blurWhileStreaming ? 'checking' : 'none',
      note: { tone: 'error', title: t('reply.unchecked'), lines: [result.error], reveal: false },
    };
  }

  const { action } = result.value.verdict;
  const lines = final ? reasonLines(result.value) : [...reasonLines(result.value), t('reply.stillWriting')];
  // A child reading about self-harm or abuse in a reply needs the helplines as much as one who
  // wrote about it (explainReply in send-plan.ts): the same predicate decides both.
  const help = distressHelpFor(result.value.verdict);
  const withHelp = (note: ReplyNote): ReplyNote => (help ? { ...note, help } : note);
  switch (action) {
    case 'allow':
      return final ? { cover: 'none' } : pending;
    case 'warn':
      return settings.blurWhileStreaming
        ? { cover: 'blurred', note: withHelp({ tone: 'warn', title: t('reply.warn'), lines, reveal: true }) }
        : { cover: 'none', note: withHelp({ tone: 'warn', title: t('reply.warn'), lines, reveal: false }) };
    case 'redact':
    case 'block':
      return settings.hideBlocked
        ? { cover: 'hidden', note: withHelp({ tone: 'block', title: t('reply.hidden'), lines, reveal: false }) }
        : { cover: 'blurred', note: withHelp({ tone: 'block', title: t('reply.blurred'), lines, reveal: true }) };
  }
}

/**
 * While a reply streams, each window is scanned on its own: the reply is as bad as its worst
 * window so far, so a later clean window never replaces an earlier finding, and a failed window
 * never replaces an answer.
 */
export function mergeWindowResult(previous: Result<ScanReply> | undefined, next: Result<ScanReply>): Result<ScanReply> {
  if (!previous || !previous.ok) return next.ok || !previous ? next : previous;
  if (!next.ok) return previous;
  return actionRank(next.value.verdict.action) >= actionRank(previous.value.verdict.action) ? next : previous;
}
