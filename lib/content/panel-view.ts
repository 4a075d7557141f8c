import { t } from '../ui/i18n.ts';
import type { Explanation } from './send-plan.ts';

export type PanelActionId = 'send-anyway' | 'edit' | 'retry' | 'dismiss';

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
}

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
