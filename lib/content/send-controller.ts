import { err, type Result } from '../core/result.ts';
import type { ScanReply } from '../messaging/scan-reply.ts';
import { approve, isApproved, type Approval } from './approval.ts';
import { blockView, checkingView, noticeView, uncheckedView, warnView, type PanelView } from './panel-view.ts';
import { planSend } from './send-plan.ts';

export interface SendControllerDeps {
  /** The composer's current text; undefined when the composer is gone. */
  readText: () => string | undefined;
  /** Replaces the composer's text the way the page's editor notices; false when it cannot. */
  writeText: (text: string) => boolean;
  focusComposer: () => void;
  /** Asks the background; resolves (never rejects) with an error on failure or timeout. */
  scan: (text: string) => Promise<Result<ScanReply>>;
  ui: { show(view: PanelView): void; hide(): void };
  now: () => number;
  /** "Checking…" appears only after this long, so fast verdicts do not flash a panel. */
  checkingDelayMs?: number;
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
  let approval: Approval | undefined;

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
      deps.ui.show(noticeView('Rampart could not hand the message back to the page', ['Send it again.'], close));
      return false;
    } finally {
      releasing = false;
    }
  };

  // Text checked is the only text sent: if the user edited during the check, they send again.
  const unchangedSince = (text: string): boolean => {
    if (deps.readText() === text) return true;
    deps.ui.show(
      noticeView('The message changed while Rampart was checking it', ['Nothing was sent. Send again to check the new text.'], close),
    );
    return false;
  };

  async function check(text: string, replay: () => void): Promise<void> {
    pending = true;
    const timer = setTimeout(() => deps.ui.show(checkingView()), deps.checkingDelayMs ?? CHECKING_DELAY_MS);
    let reply: Result<ScanReply>;
    try {
      reply = await deps.scan(text);
    } catch (error) {
      reply = err(error instanceof Error ? error.message : 'scan failed');
    } finally {
      clearTimeout(timer);
      pending = false;
    }

    const plan = planSend(reply, text);
    switch (plan.kind) {
      case 'unchecked':
        deps.ui.show(uncheckedView(plan.detail, () => void retry(replay), close));
        return;
      case 'hold':
        deps.ui.show(blockView(plan.explanation, close));
        return;
      case 'release':
        if (!unchangedSince(text)) return;
        deps.ui.hide();
        release(text, replay);
        return;
      case 'confirm':
        if (!unchangedSince(text)) return;
        deps.ui.show(
          warnView(
            plan.explanation,
            () => {
              if (!unchangedSince(text)) return;
              deps.ui.hide();
              release(text, replay);
            },
            close,
          ),
        );
        return;
      case 'rewrite':
        if (!unchangedSince(text)) return;
        if (!deps.writeText(plan.text)) {
          deps.ui.show(blockView({ ...plan.explanation, title: 'Rampart could not redact this message' }, close));
          return;
        }
        if (!release(plan.text, replay)) return;
        deps.ui.show(noticeView(plan.explanation.title, [...plan.explanation.lines, `${plan.replaced} part(s) replaced.`], () => deps.ui.hide()));
        return;
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
      if (!userGesture && isApproved(approval, text, deps.now())) return false;
      if (!pending) void check(text, replay);
      return true;
    },
    get busy() {
      return pending;
    },
  };
}
