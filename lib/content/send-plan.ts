import type { Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import { applyRedactions } from '../policy/redactions.ts';
import { actionLabel, categoryLabel } from '../ui/labels.ts';

/** Why a verdict is what it is, in words (no matched text: the verdict never carries it). */
export interface Explanation {
  title: string;
  lines: string[];
}

/** What the content script does with a send attempt once the background answered (or did not). */
export type SendPlan =
  | { kind: 'release' }
  | { kind: 'confirm'; explanation: Explanation }
  | { kind: 'rewrite'; text: string; replaced: number; explanation: Explanation }
  | { kind: 'hold'; explanation: Explanation }
  | { kind: 'unchecked'; detail: string };

const TITLES = {
  warn: 'Rampart warns about this message',
  redact: 'Rampart redacted this message before sending',
  block: 'Rampart blocked this message',
} as const;

export function explainReply(reply: ScanReply): Explanation {
  const { verdict, ruleMessages } = reply;
  const lines = verdict.reasons.map((reason) => {
    const messages = reason.ruleIds.map((id) => ruleMessages[id]).filter((m): m is string => typeof m === 'string');
    const why = messages.length ? ` ${[...new Set(messages)].join(' ')}` : '';
    const rules = reason.ruleIds.length ? ` (rule ${reason.ruleIds.join(', ')})` : '';
    return `${categoryLabel(reason.category)} — ${actionLabel(reason.action)}.${why}${rules}`;
  });
  const title = verdict.action === 'allow' ? 'Rampart allowed this message' : TITLES[verdict.action];
  return { title, lines };
}

/**
 * Verdict → plan. Anything but a well-formed verdict is `unchecked`: an error, a timeout or a
 * garbled answer holds the message exactly like a block does, because "could not check" must
 * never mean "send anyway".
 */
export function planSend(reply: Result<ScanReply>, text: string): SendPlan {
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
      const redacted = applyRedactions(text, verdict.redactions);
      return { kind: 'rewrite', text: redacted, replaced: verdict.redactions.length, explanation: explainReply(reply.value) };
    }
    case 'block':
      return { kind: 'hold', explanation: explainReply(reply.value) };
  }
}
