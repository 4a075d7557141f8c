import type { FeedbackRecord } from '../vector/feedback-store.ts';
import { sha256Hex } from './digest.ts';

const tokens = new WeakMap<readonly FeedbackRecord[], string>();

/**
 * vector-guard's verdicts depend on the user's local feedback exemplars, which no version names: a
 * "this was fine" or "this was an attack" must not be hidden behind a verdict cached before it.
 * The token (a digest of the exemplar ids, which are random and carry no text) goes into the cache
 * scope, so every change makes the earlier entries unreachable. FeedbackStore hands out a new
 * array on each change, so the digest is computed once per change.
 */
export function feedbackState(records: readonly FeedbackRecord[]): string {
  let token = tokens.get(records);
  if (token === undefined) {
    token = sha256Hex(records.map((record) => record.id).join('\n'));
    tokens.set(records, token);
  }
  return token;
}
