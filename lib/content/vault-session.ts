import type { Result } from '../core/result.ts';
import type { Redaction } from '../core/verdict.ts';
import type { RedactionVault, RedactOutcome, RestoreOutcome } from '../redaction/vault.ts';
import { createConversationIds, type ConversationIds } from './vault-conversation-id.ts';

/** What planSend needs to redact a send: placeholders issued by the page's conversation. */
export interface ConversationRedactor {
  redact(text: string, redactions: readonly Redaction[]): Result<RedactOutcome>;
}

/** What the reply guard needs to show a reply with the values put back. */
export interface ConversationRestorer {
  restore(text: string): RestoreOutcome;
}

export type ConversationVault = ConversationRedactor & ConversationRestorer;

/**
 * The content script's vault, bound to the page: each call works in the conversation of the page
 * as it is at that moment (`pathname` is read on every call, since chat apps change routes
 * without reloading). The values stay in the RedactionVault, in this content script's memory.
 */
export function createConversationVault(vault: RedactionVault, ids: ConversationIds, pathname: () => string): ConversationVault {
  return {
    redact(text, redactions) {
      const path = pathname();
      const outcome = vault.redact(ids.idFor(path), text, redactions);
      if (outcome.ok && outcome.value.redactions.length > 0) ids.markUsed(path);
      return outcome;
    },
    restore(text) {
      return vault.restore(ids.idFor(pathname()), text);
    },
  };
}

/**
 * The vault of one page (one content script): a fresh RedactionVault whose conversations follow
 * the page's path (vault-conversation-id.ts). Values live only as long as the page does.
 */
export function createPageVault(vault: RedactionVault, pathname: () => string, newDraftId: () => string, now: () => number = () => Date.now()): ConversationVault {
  return createConversationVault(vault, createConversationIds({ newDraftId, now }), pathname);
}
