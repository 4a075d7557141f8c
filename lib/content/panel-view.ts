import { t } from '../ui/i18n.ts';
import { err, type Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import type { HelpView } from '../kids/help-resources.ts';
import type { Explanation } from './send-plan.ts';

export type PanelActionId = 'send-anyway' | 'edit' | 'retry' | 'dismiss' | 'not-an-attack';

export interface PanelAction {
  id: PanelActionId;
  label: string;
  run: () => void;
}

/**
 * Everything the verdict panel shows, as data: the content script's DOM code only renders it, so
 * what the user is told and offered in each case is decided (and tested) here.
 */
export interface PanelView {
  tone: 'info' | 'warn' | 'block' | 'error';
  /** `alert` interrupts a screen reader (the send was held); `status` is announced politely. */
  role: 'alert' | 'status';
  title: string;
  lines: string[];
  actions: PanelAction[];
  /** Which action gets keyboard focus; none for passive notices, so typing is not interrupted. */
  focus?: PanelActionId;
  /**
   * Tab cycles within the panel: only while a send is held (the user must choose before going on;
   * Escape is always the way out). Passive notices never trap, so they never get in the way.
   */
  trapFocus?: boolean;
  /** Escape: what closing the panel means (always a safe choice: nothing is sent). */
  onDismiss?: () => void;
  /** Kids mode, distress: kind words and helplines under the verdict (text and one link; nothing fetched). */
  help?: HelpView;
}

/** The explanation's help resources (Kids mode distress path), when it has them. */
const helpOf = (explanation: Explanation): Pick<PanelView, 'help'> => (explanation.help ? { help: explanation.help } : {});

export const checkingView = (): PanelView => ({
  tone: 'info',
  role: 'status',
  title: t('panel.checking'),
  lines: [],
  actions: [],
});

export const warnView = (explanation: Explanation, onSendAnyway: () => void, onEdit: () => void): PanelView => ({
  tone: 'warn',
  role: 'alert',
  title: explanation.title,
  lines: [...explanation.lines, t('panel.notSentYet')],
  actions: [
    { id: 'send-anyway', label: t('panel.sendAnyway'), run: onSendAnyway },
    { id: 'edit', label: t('panel.edit'), run: onEdit },
  ],
  // Focus the choice that sends nothing, so a reflexive Enter does not override the warning.
  focus: 'edit',
  trapFocus: true,
  onDismiss: onEdit,
  ...helpOf(explanation),
});

/**
 * A warning the admin does not let the user override (managed disabledFeatures `sendAnyway`):
 * the same warning, with only Edit, and a line saying why there is no "Send anyway".
 */
export const warnWithoutOverrideView = (explanation: Explanation, onEdit: () => void): PanelView => ({
  tone: 'warn',
  role: 'alert',
  title: explanation.title,
  lines: [...explanation.lines, t('panel.notSentYet'), t('panel.sendAnywayDisabled')],
  actions: [{ id: 'edit', label: t('panel.edit'), run: onEdit }],
  focus: 'edit',
  trapFocus: true,
  onDismiss: onEdit,
  ...helpOf(explanation),
});

export const blockView = (explanation: Explanation, onEdit: () => void): PanelView => ({
  tone: 'block',
  role: 'alert',
  title: explanation.title,
  lines: [...explanation.lines, t('panel.textKept')],
  actions: [{ id: 'edit', label: t('panel.edit'), run: onEdit }],
  focus: 'edit',
  trapFocus: true,
  onDismiss: onEdit,
  ...helpOf(explanation),
});

export const uncheckedView = (detail: string, onRetry: () => void, onEdit: () => void): PanelView => ({
  tone: 'error',
  role: 'alert',
  title: t('panel.uncheckedTitle'),
  lines: [t('panel.reason', { detail: detail.replace(/[.\s]+$/, '') }), t('panel.textKept')],
  actions: [
    { id: 'retry', label: t('panel.retry'), run: onRetry },
    { id: 'edit', label: t('panel.edit'), run: onEdit },
  ],
  focus: 'retry',
  trapFocus: true,
  onDismiss: onEdit,
});

export const noticeView = (title: string, lines: string[], onDismiss: () => void): PanelView => ({
  tone: 'info',
  role: 'status',
  title,
  lines,
  actions: [{ id: 'dismiss', label: t('panel.dismiss'), run: onDismiss }],
  onDismiss,
});

/**
 * Whether a verdict offers "Not an attack": it warns or blocks for a prompt attack (what the
 * similarity check learns from; other categories have nothing to learn from such a report).
 */
export const offersNotAnAttack = (reply: ScanReply): boolean =>
  reply.verdict.reasons.some((reason) => reason.category === 'prompt-attack' && (reason.action === 'warn' || reason.action === 'block'));

/**
 * The view with a "Not an attack" button after its own (never focused: a report is a deliberate
 * choice). One click reports (`report`); when the answer comes, `show` gets the view saying so —
 * unless the user meanwhile chose another action or dismissed the panel, or `isCurrent` says a
 * newer check replaced it: a late answer must never bring back a panel the user left.
 */
export function withNotAnAttack(
  view: PanelView,
  report: () => Promise<Result<unknown>>,
  show: (view: PanelView) => void,
  isCurrent: () => boolean = () => true,
): PanelView {
  let left = false;
  let reporting = false;
  const leave = (run: () => void) => () => {
    left = true;
    run();
  };
  const tracked: PanelView = {
    ...view,
    actions: view.actions.filter((action) => action.id !== 'not-an-attack').map((action) => ({ ...action, run: leave(action.run) })),
    ...(view.onDismiss ? { onDismiss: leave(view.onDismiss) } : {}),
  };
  const onReport = (): void => {
    if (reporting) return;
    reporting = true;
    void report()
      .catch((): Result<unknown> => err('no answer from the background'))
      .then((outcome) => {
        if (!left && isCurrent()) show(feedbackRecordedView(tracked, outcome));
      });
  };
  return { ...tracked, actions: [...tracked.actions, { id: 'not-an-attack', label: t('panel.notAnAttack'), run: onReport }] };
}

/**
 * The same view once the report was answered: the button gone and a line saying what happened.
 * The message itself is still not sent: the user's choices (send anyway, edit) stay as they were.
 */
export const feedbackRecordedView = (view: PanelView, outcome: Result<unknown>): PanelView => ({
  ...view,
  lines: [...view.lines, outcome.ok ? t('panel.feedbackRecorded') : t('panel.feedbackFailed', { detail: outcome.error.replace(/[.\s]+$/, '') })],
  actions: view.actions.filter((action) => action.id !== 'not-an-attack'),
});
