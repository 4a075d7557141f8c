import type { Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import type { VerdictSummary } from '../messaging/verdict-summary.ts';
import { t } from '../ui/i18n.ts';
import { approve, isApproved, type Approval } from './approval.ts';
import {
  blockView,
  checkingView,
  noticeView,
  offersNotAnAttack,
  uncheckedView,
  warnView,
  warnWithoutOverrideView,
  withNotAnAttack,
  type PanelView,
} from './panel-view.ts';
import { planSend } from './send-plan.ts';
import { scanWithNotice } from './scan-with-notice.ts';
import type { ConversationRedactor } from './vault-session.ts';

export interface SendControllerDeps {
  /** The composer's current text; undefined when the composer is gone. */
  readText: () => string | undefined;
  /**
   * Replaces the composer's text the way the page's editor notices, and checks it took; false
   * when it cannot. Rich editors apply the change asynchronously, hence the optional Promise.
   */
  writeText: (text: string) => boolean | Promise<boolean>;
  /**
   * Whether two composer texts are the same message. Rich editors read back a text written into
   * them with their own paragraph breaks; exact equality is the default.
   */
  sameText?: (a: string, b: string) => boolean;
  /**
   * Whether this exact text was already checked and allowed while the user paused typing (see
   * prescan.ts): the send is then not intercepted at all and the page gets the user's own event.
   */
  isPreApproved?: (text: string) => boolean;
  focusComposer: () => void;
  /** Asks the background; resolves (never rejects) with an error on failure or timeout. */
  scan: (text: string) => Promise<Result<ScanReply>>;
  ui: { show(view: PanelView): void; hide(): void };
  /** The page's conversation vault: redacted sends get its placeholders (see send-plan.ts). */
  redactor?: ConversationRedactor;
  now: () => number;
  /** "Checking…" appears only after this long, so fast verdicts do not flash a panel. */
  checkingDelayMs?: number;
  /**
   * "Not an attack" on a prompt-attack warning or block: reports the checked text (label `fine`,
   * tab:feedback-report) and resolves with the background's answer. Without it, no button.
   */
  reportNotAnAttack?: (text: string) => Promise<Result<unknown>>;
  /** The user chose "Send anyway" on this verdict and the send went out (the audit log's override record). */
  onSendAnyway?: (verdict: VerdictSummary) => void;
  /**
   * Whether "Send anyway" is offered on a warning (false: managed disabledFeatures `sendAnyway`).
   * Asked when the warning is shown and again on the click, so a policy change in between wins.
   * Offered when absent.
   */
  canSendAnyway?: () => boolean;
}

export interface SendController {
  /**
   * One send attempt (Enter, send click, form submit). `release` replays it so the page's own
   * handler sends. `userGesture`: the user's own key press or click, as opposed to an event the
   * page derives from one (a submit). Returns true when the caller must cancel the event.
   */
  attempt(release: () => void, userGesture: boolean): boolean;
  /** A check is running (repeat attempts are swallowed meanwhile). */
  readonly busy: boolean;
}

export const CHECKING_DELAY_MS = 250;

/**
 * Intercept → scan → release, rewrite or hold. The user's text is only ever replaced by its
 * redacted form; every other outcome — block, error, timeout, the text changing mid-check —
 * leaves it exactly as typed and sends nothing.
 */
export function createSendController(deps: SendControllerDeps): SendController {
  // True only while Rampart replays a send synchronously: the events it causes are its own.
  let releasing = false;
  let pending = false;
  /** Checks started so far: a late "Not an attack" answer only updates the panel of the latest one. */
  let checks = 0;
  let approval: Approval | undefined;
  const sameText = deps.sameText ?? ((a: string, b: string) => a === b);

  const close = (): void => {
    deps.ui.hide();
    deps.focusComposer();
  };

  const release = (text: string, replay: () => void): boolean => {
    approval = approve(text, deps.now());
    releasing = true;
    try {
      replay();
      return true;
    } catch {
      // e.g. the form or send control vanished mid-check; the text is still in the composer.
      deps.ui.show(noticeView(t('notice.handBackFailed'), [t('notice.sendAgain')], close));
      return false;
    } finally {
      releasing = false;
    }
  };

  // Text checked is the only text sent: if the user edited during the check, they send again.
  const unchangedSince = (text: string): boolean => {
    if (deps.readText() === text) return true;
    deps.ui.show(
      noticeView(t('notice.changedTitle'), [t('notice.changedLine')], close),
    );
    return false;
  };

  // `pending` covers the whole check, including an asynchronous write-back: a second Enter in
  // between must not start a second check (or slip through as pre-approved).
  async function check(text: string, replay: () => void): Promise<void> {
    checks += 1;
    pending = true;
    try {
      await decide(text, replay);
    } finally {
      pending = false;
    }
  }

  async function decide(text: string, replay: () => void): Promise<void> {
    const reply = await scanWithNotice(deps.scan, text, () => deps.ui.show(checkingView()), deps.checkingDelayMs ?? CHECKING_DELAY_MS);

    const plan = planSend(reply, text, deps.redactor);
    // A prompt-attack warning or block also offers "Not an attack" (the report does not send).
    const checkNumber = checks;
    const withFeedback = (view: PanelView): PanelView => {
      const report = deps.reportNotAnAttack;
      if (!report || !reply.ok || !offersNotAnAttack(reply.value)) return view;
      return withNotAnAttack(view, () => report(text), (next) => deps.ui.show(next), () => checkNumber === checks);
    };
    switch (plan.kind) {
      case 'unchecked':
        deps.ui.show(uncheckedView(plan.detail, () => void retry(replay), close));
        return;
      case 'hold':
        deps.ui.show(withFeedback(blockView(plan.explanation, close)));
        return;
      case 'release':
        if (!unchangedSince(text)) return;
        deps.ui.hide();
        release(text, replay);
        return;
      case 'confirm': {
        if (!unchangedSince(text)) return;
        const canSendAnyway = deps.canSendAnyway ?? (() => true);
        const withoutOverride = (): PanelView => withFeedback(warnWithoutOverrideView(plan.explanation, close));
        if (!canSendAnyway()) {
          deps.ui.show(withoutOverride());
          return;
        }
        deps.ui.show(
          withFeedback(
            warnView(
              plan.explanation,
              () => {
                if (!unchangedSince(text)) return;
                if (!canSendAnyway()) {
                  deps.ui.show(withoutOverride());
                  return;
                }
                deps.ui.hide();
                if (release(text, replay) && reply.ok) deps.onSendAnyway?.(reply.value.verdict);
              },
              close,
            ),
          ),
        );
        return;
      }
      case 'rewrite': {
        if (!unchangedSince(text)) return;
        let written: boolean;
        try {
          written = await deps.writeText(plan.text);
        } catch {
          written = false;
        }
        // The editor refused the redacted text (or took only part of it): the page's own state may
        // still hold the original, so nothing is sent; the writer put the original back if it could.
        const now = written ? deps.readText() : undefined;
        if (now === undefined || !sameText(now, plan.text)) {
          deps.ui.show(blockView({ ...plan.explanation, title: t('notice.redactFailed') }, close));
          return;
        }
        if (!release(now, replay)) return;
        deps.ui.show(noticeView(plan.explanation.title, [...plan.explanation.lines, t('notice.replaced', { count: plan.replaced })], () => deps.ui.hide()));
        return;
      }
    }
  }

  function retry(replay: () => void): void {
    const text = deps.readText();
    deps.ui.hide();
    if (text === undefined || text.trim() === '' || pending) return;
    void check(text, replay);
  }

  return {
    attempt(replay, userGesture) {
      if (releasing) return false;
      const text = deps.readText();
      // Nothing to protect (no composer, empty message): the page does what it always does.
      if (text === undefined || text.trim() === '') return false;
      // An approval only covers the events a page derives from the send Rampart released; a new
      // key press or click is a new send and is checked again, even with the same text.
      if (!userGesture && approval && sameText(approval.text, text) && isApproved(approval, approval.text, deps.now())) return false;
      // Checked and allowed while the user paused typing: zero added latency on a clean send.
      if (!pending && deps.isPreApproved?.(text)) return false;
      if (!pending) void check(text, replay);
      return true;
    },
    get busy() {
      return pending;
    },
  };
}
