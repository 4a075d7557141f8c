import { browser } from 'wxt/browser';
import type { Result } from '../../core/result.ts';
import { readAnswer } from '../../options/page-answer.ts';
import { t } from '../../ui/i18n.ts';

/** How the options page reaches the background; swapped for a fake in tests and previews. */
export type PageSend = (message: { type: `page:${string}` | `popup:${string}` } & Record<string, unknown>) => Promise<unknown>;

const runtimeSend: PageSend = (message) => browser.runtime.sendMessage(message);

/**
 * One `page:*` (or `popup:*`) request. Never rejects: no listener, a closed port or a junk answer
 * all come back as an error result the page shows.
 */
export async function askBackground(type: `page:${string}` | `popup:${string}`, body: Record<string, unknown> = {}, send: PageSend = runtimeSend): Promise<Result<unknown>> {
  try {
    return readAnswer(await send({ ...body, type }), t('options.error.noAnswer'));
  } catch (error) {
    return readAnswer({ ok: false, error: error instanceof Error ? error.message : '' }, t('options.error.noAnswer'));
  }
}
