import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../../core/result.ts';
import { askBackground } from './scan-client.ts';

/** Embedding a report can load the model first (hundreds of milliseconds, seconds on a slow machine). */
export const FEEDBACK_TIMEOUT_MS = 15_000;

/** The background's `{ ok, value } | { ok: false, error }` envelope, checked before it is believed. */
function parseEnvelope(raw: unknown): Result<unknown> {
  if (typeof raw !== 'object' || raw === null) return err('no answer from the background');
  const envelope = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === true) return ok(envelope.value);
  return err(typeof envelope.error === 'string' ? envelope.error.slice(0, 200) : 'the report failed');
}

/**
 * "Not an attack" on a verdict: the checked text goes to the background once, as an explicit
 * report (`tab:feedback-report`, label `fine`), where it is embedded and dropped — only vectors
 * are kept. Resolves (never rejects) with what the background said.
 */
export function reportNotAnAttack(
  text: string,
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
  timeoutMs = FEEDBACK_TIMEOUT_MS,
): Promise<Result<unknown>> {
  return askBackground(() => send({ type: 'tab:feedback-report', text, label: 'fine' }), parseEnvelope, timeoutMs);
}
