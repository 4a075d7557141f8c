import { err, ok, type Result } from '../core/result.ts';

/**
 * The background's answer to a `page:*` message, read defensively: the page trusts only the
 * `{ ok, value } | { ok: false, error }` shape, and anything else (no listener, an old background,
 * a message port closed mid-reply) becomes an error the page can show.
 */
export function readAnswer(raw: unknown, fallbackError: string): Result<unknown> {
  if (typeof raw !== 'object' || raw === null) return err(fallbackError);
  const answer = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (answer.ok === true) return ok(answer.value);
  if (answer.ok === false) return err(typeof answer.error === 'string' && answer.error !== '' ? answer.error : fallbackError);
  return err(fallbackError);
}
