import type { Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import { distressHelpFor, type HelpView } from '../kids/help-resources.ts';
import { applyRedactions } from '../policy/redactions.ts';
import { t } from '../ui/i18n.ts';
import { actionLabel, categoryLabel } from '../ui/labels.ts';
import type { ConversationRedactor } from './vault-session.ts';

/** Why a verdict is what it is, in words (no matched text: the verdict never carries it). */
export interface Explanation {
  title: string;
  lines: string[];
  /** Kids mode, distress finding: helplines shown with the verdict (lib/kids/help-resources.ts). */
  help?: HelpView;
}

/** What the content script does with a send attempt once the background answered (or did not). */
export type SendPlan =
  | { kind: 'release' }
  | { kind: 'confirm'; explanation: Explanation }
  | { kind: 'rewrite'; text: string; replaced: number; explanation: Explanation }
  | { kind: 'hold'; explanation: Explanation }
  | { kind: 'unchecked'; detail: string };

/** One line per reason: category and action in words, the rules' own messages, the rule ids. */
export function reasonLines(reply: ScanReply): string[] {
  const { verdict, ruleMessages } = reply;
  return verdict.reasons.map((reason) => {
    const messages = reason.ruleIds.map((id) => ruleMessages[id]).filter((m): m is string => typeof m === 'string');
    const why = messages.length ? ` ${[...new Set(messages)].join(' ')}` : '';
    const rules = reason.ruleIds.length ? ` ${t('verdict.rules', { ids: reason.ruleIds.join(', ') })}` : '';
    return `${t('verdict.reason', { category: categoryLabel(reason.category), action: actionLabel(reason.action) })}${why}${rules}`;
  });
}

export function explainReply(reply: ScanReply): Explanation {
  const help = distressHelpFor(reply.verdict);
  return { title: t(`verdict.title.${reply.verdict.action}`), lines: reasonLines(reply), ...(help ? { help } : {}) };
}

/**
 * Verdict → plan. Anything but a well-formed verdict is `unchecked`: an error, a timeout or a
 * garbled answer holds the message exactly like a block does, because "could not check" must
 * never mean "send anyway".
 *
 * `redactor`: the page's conversation vault (vault-session.ts). With it, placeholders are issued
 * per conversation (`[EMAIL_1]` stays the same address in every turn) and the values are kept,
 * in memory, so replies can show them again. Without it the verdict's own placeholders are used
 * and nothing is kept (nothing can be restored).
 */
export function planSend(reply: Result<ScanReply>, text: string, redactor?: ConversationRedactor): SendPlan {
  if (!reply.ok) return { kind: 'unchecked', detail: reply.error };
  const { verdict } = reply.value;
  switch (verdict.action) {
    case 'allow':
      return { kind: 'release' };
    case 'warn':
      return { kind: 'confirm', explanation: explainReply(reply.value) };
    case 'redact': {
      // A redact verdict without spans has nothing to replace: hold it rather than send it whole.
      if (verdict.redactions.length === 0) return { kind: 'hold', explanation: explainReply(reply.value) };
      if (!redactor) {
        const redacted = applyRedactions(text, verdict.redactions);
        return { kind: 'rewrite', text: redacted, replaced: verdict.redactions.length, explanation: explainReply(reply.value) };
      }
      const outcome = redactor.redact(text, verdict.redactions);
      // No usable conversation, or spans that do not fit the text: hold rather than send it whole.
      if (!outcome.ok || outcome.value.redactions.length === 0) return { kind: 'hold', explanation: explainReply(reply.value) };
      return { kind: 'rewrite', text: outcome.value.text, replaced: outcome.value.redactions.length, explanation: explainReply(reply.value) };
    }
    case 'block':
      return { kind: 'hold', explanation: explainReply(reply.value) };
  }
}
