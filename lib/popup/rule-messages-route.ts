import type { AnyDetector } from '../core/detector.ts';
import { err, ok } from '../core/result.ts';
import type { MessageRoute } from '../messaging/message-route.ts';
import { ruleMessagesFor } from '../messaging/scan-reply.ts';

/** A tab keeps at most 20 verdicts (recent-verdicts.ts); this bounds a request generously. */
export const MAX_RULE_IDS = 200;
const MAX_RULE_ID_CHARS = 200;

/**
 * `page:rule-messages {ruleIds}` → rule id → explanation, for the popup's verdict rows. The stored
 * verdict summaries keep rule ids only (small, text-free); the explanations live with the
 * detectors in the background, as for the scan reply (ruleMessagesFor). Unknown ids are left out.
 */
export function ruleMessagesRoutes(deps: { detectors: readonly AnyDetector[] }): MessageRoute[] {
  return [
    {
      type: 'page:rule-messages',
      handle: async (body) => {
        const { ruleIds } = body;
        if (!Array.isArray(ruleIds) || ruleIds.length > MAX_RULE_IDS) return err(`page:rule-messages needs ruleIds: at most ${MAX_RULE_IDS} strings`);
        if (!ruleIds.every((id): id is string => typeof id === 'string' && id.length <= MAX_RULE_ID_CHARS)) {
          return err(`page:rule-messages ruleIds must be strings of at most ${MAX_RULE_ID_CHARS} characters`);
        }
        return ok(ruleMessagesFor(ruleIds, deps.detectors));
      },
    },
  ];
}
