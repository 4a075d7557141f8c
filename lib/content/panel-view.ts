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
  /** Escape: what closing the panel means (always a safe choice: nothing is sent). */
  onDismiss?: () => void;
}

const KEPT = 'Your text is still in the message box; nothing was sent.';

export const checkingView = (): PanelView => ({
  tone: 'info',
  role: 'status',
  title: 'Rampart is checking this message…',
  lines: [],
  actions: [],
});

export const warnView = (explanation: Explanation, onSendAnyway: () => void, onEdit: () => void): PanelView => ({
  tone: 'warn',
  role: 'alert',
  title: explanation.title,
  lines: [...explanation.lines, 'The message has not been sent yet.'],
  actions: [
    { id: 'send-anyway', label: 'Send anyway', run: onSendAnyway },
    { id: 'edit', label: 'Edit', run: onEdit },
  ],
  // Focus the choice that sends nothing, so a reflexive Enter does not override the warning.
  focus: 'edit',
  onDismiss: onEdit,
});

export const blockView = (explanation: Explanation, onEdit: () => void): PanelView => ({
  tone: 'block',
  role: 'alert',
  title: explanation.title,
  lines: [...explanation.lines, KEPT],
  actions: [{ id: 'edit', label: 'Edit', run: onEdit }],
  focus: 'edit',
  onDismiss: onEdit,
});

export const uncheckedView = (detail: string, onRetry: () => void, onEdit: () => void): PanelView => ({
  tone: 'error',
  role: 'alert',
  title: 'Rampart could not check this message',
  lines: [`Reason: ${detail.replace(/[.\s]+$/, '')}.`, KEPT],
  actions: [
    { id: 'retry', label: 'Try again', run: onRetry },
    { id: 'edit', label: 'Edit', run: onEdit },
  ],
  focus: 'retry',
  onDismiss: onEdit,
});

export const noticeView = (title: string, lines: string[], onDismiss: () => void): PanelView => ({
  tone: 'info',
  role: 'status',
  title,
  lines,
  actions: [{ id: 'dismiss', label: 'Dismiss', run: onDismiss }],
  onDismiss,
});
