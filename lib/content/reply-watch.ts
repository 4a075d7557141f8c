/**
 * Settle detection for the newest assistant reply. The DOM side pokes on every mutation; this
 * decides, at most once per `throttleMs`, which reply is the newest, whether its text changed,
 * and when it is finished:
 *
 * - the site's streaming signal is off and the text has not changed for `quietMs` (the signal
 *   alone is not enough: apps drop it a moment before the last tokens are rendered);
 * - the site has no signal (or none configured): the text has not changed for `noSignalQuietMs`;
 * - the signal is still on but the text has not changed for `stuckSignalMs` (a stop button that
 *   never goes away, a selector that matches something else): the reply is taken as finished.
 *
 * A settled reply that changes again (a model that paused, an edit, a regenerate in place) is
 * reopened and settles again. Generic over the reply's identity (an Element in the page) so it
 * can be tested without a DOM.
 */

export interface ReplySnapshot<Reply> {
  reply: Reply;
  text: string;
  /** Whether the site's streaming signal is present; undefined when the site has none. */
  streaming: boolean | undefined;
}

export type ReplyEvent<Reply> =
  | { type: 'start'; reply: Reply }
  | { type: 'progress'; reply: Reply; text: string }
  | { type: 'settle'; reply: Reply; text: string };

export interface ReplyWatchOptions<Reply> {
  /** The newest reply now (undefined while there is none, e.g. right after a send). */
  read: () => ReplySnapshot<Reply> | undefined;
  onEvent: (event: ReplyEvent<Reply>) => void;
  now?: () => number;
  throttleMs?: number;
  quietMs?: number;
  noSignalQuietMs?: number;
  stuckSignalMs?: number;
}

export interface ReplyWatch {
  /** Something in the page changed: check again (throttled). */
  poke(): void;
  stop(): void;
}

export const REPLY_THROTTLE_MS = 150;
export const REPLY_QUIET_MS = 800;
export const REPLY_NO_SIGNAL_QUIET_MS = 2_000;
export const REPLY_STUCK_SIGNAL_MS = 20_000;

interface Tracked<Reply> {
  reply: Reply;
  text: string;
  changedAt: number;
  settled: boolean;
}

export function createReplyWatch<Reply>(options: ReplyWatchOptions<Reply>): ReplyWatch {
  const now = options.now ?? (() => Date.now());
  const throttleMs = options.throttleMs ?? REPLY_THROTTLE_MS;
  const quietFor = (streaming: boolean | undefined): number =>
    streaming === false
      ? (options.quietMs ?? REPLY_QUIET_MS)
      : streaming === undefined
        ? (options.noSignalQuietMs ?? REPLY_NO_SIGNAL_QUIET_MS)
        : (options.stuckSignalMs ?? REPLY_STUCK_SIGNAL_MS);

  let current: Tracked<Reply> | undefined;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let throttleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function check(): void {
    throttleTimer = undefined;
    if (stopped) return;
    lastCheck = now();
    const snapshot = options.read();
    if (!snapshot) return;
    const at = now();
    if (!current || snapshot.reply !== current.reply) {
      // A reply superseded before it settled (the user sent again mid-stream) still gets its
      // final scan, with the last text seen.
      if (current && !current.settled) options.onEvent({ type: 'settle', reply: current.reply, text: current.text });
      current = { reply: snapshot.reply, text: snapshot.text, changedAt: at, settled: false };
      options.onEvent({ type: 'start', reply: snapshot.reply });
      if (snapshot.text !== '') options.onEvent({ type: 'progress', reply: snapshot.reply, text: snapshot.text });
    } else if (snapshot.text !== current.text) {
      current.text = snapshot.text;
      current.changedAt = at;
      current.settled = false;
      options.onEvent({ type: 'progress', reply: current.reply, text: current.text });
    }
    if (current.settled) return;
    const dueAt = current.changedAt + quietFor(snapshot.streaming);
    if (at >= dueAt) {
      current.settled = true;
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = undefined;
      options.onEvent({ type: 'settle', reply: current.reply, text: current.text });
      return;
    }
    // Quiet periods pass without mutations, so a timer re-checks when this one would end.
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      check();
    }, dueAt - at);
  }

  return {
    poke() {
      if (stopped || throttleTimer !== undefined) return;
      throttleTimer = setTimeout(check, Math.max(0, lastCheck + throttleMs - now()));
    },
    stop() {
      stopped = true;
      if (throttleTimer !== undefined) clearTimeout(throttleTimer);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
    },
  };
}
