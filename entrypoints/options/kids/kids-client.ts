import { browser } from 'wxt/browser';
import type { Result } from '../../../lib/core/result.ts';

/** Sends one Kids route message; the page renders the result. */
export type KidsSend = (type: `page:${string}`, body?: Record<string, unknown>) => Promise<Result<unknown>>;

/**
 * The options page's way to the Kids routes (lib/kids/kids-routes.ts). Never rejects: no answer
 * (the worker restarting, an old background) is an error result like any other, so the form shows
 * it instead of hanging.
 */
export const sendKidsMessage: KidsSend = async (type, body = {}) => {
  try {
    const answer = (await browser.runtime.sendMessage({ ...body, type })) as Result<unknown> | undefined;
    if (answer && typeof answer === 'object' && typeof answer.ok === 'boolean') return answer;
    return { ok: false, error: 'no answer from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'no answer from the background' };
  }
};
